package id.kinerja.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a unit's predikat against the limits of its distribution curve (rows of the DMN
 * {@code kurva-distribusi}). MAKS allows at most floor(persen% x n) employees, MIN requires at
 * least ceil(persen% x n); several predikat in one row are counted together. Integer arithmetic, so
 * 70% of 10 is exactly 7.
 */
public final class KurvaDistribusi {

  public enum Jenis { MAKS, MIN }

  /** One limit: the predikat counted together, MAKS or MIN, the percentage and its wording. */
  public record Batas(Set<String> predikat, Jenis jenis, int persen, String keterangan) {

    public static Batas of(String predikat, String jenis, int persen, String keterangan) {
      Set<String> codes = Arrays.stream(predikat.split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
      return new Batas(codes, Jenis.valueOf(jenis.strip()), persen, keterangan);
    }

    /** The limit in people for a unit of n employees. */
    public int orang(int n) {
      long product = (long) persen * n;
      return (int) (jenis == Jenis.MAKS ? product / 100 : (product + 99) / 100);
    }

    public boolean terpenuhi(int jumlah, int n) {
      return jenis == Jenis.MAKS ? jumlah <= orang(n) : jumlah >= orang(n);
    }
  }

  /** One limit applied to the unit: how many there are now, how many are allowed or required. */
  public record Baris(Batas batas, int jumlah, int batasOrang, boolean terpenuhi) {}

  public record Hasil(int jumlahPegawai, List<Baris> baris) {

    public boolean dalamKurva() {
      return baris.stream().allMatch(Baris::terpenuhi);
    }

    /** The distribution against the limits, as a Markdown table for the forms. */
    public String tabel(Map<String, Integer> jumlahPerPredikat) {
      StringBuilder text = new StringBuilder();
      text.append("Jumlah pegawai: ").append(jumlahPegawai).append("\n\n");
      text.append("| Predikat | Jumlah |\n|---|---|\n");
      for (Predikat p : Predikat.values()) {
        text.append("| ").append(p.label()).append(" | ").append(jumlahPerPredikat.getOrDefault(p.name(), 0)).append(" |\n");
      }
      text.append("\n| Batas kurva | Sekarang | Batas (orang) | Status |\n|---|---|---|---|\n");
      for (Baris b : baris) {
        text.append("| ").append(b.batas().keterangan()).append(" | ").append(b.jumlah()).append(" | ")
            .append(b.batas().jenis() == Jenis.MAKS ? "paling banyak " : "paling sedikit ").append(b.batasOrang())
            .append(" | ").append(b.terpenuhi() ? "terpenuhi" : "**TIDAK terpenuhi**").append(" |\n");
      }
      return text.toString();
    }
  }

  private KurvaDistribusi() {}

  public static Hasil periksa(List<Batas> batas, Map<String, Integer> jumlahPerPredikat) {
    int n = jumlahPerPredikat.values().stream().mapToInt(Integer::intValue).sum();
    List<Baris> baris = new ArrayList<>();
    for (Batas b : batas) {
      int jumlah = b.predikat().stream().mapToInt(p -> jumlahPerPredikat.getOrDefault(p, 0)).sum();
      baris.add(new Baris(b, jumlah, b.orang(n), b.terpenuhi(jumlah, n)));
    }
    return new Hasil(n, baris);
  }
}
