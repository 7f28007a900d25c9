package id.kinerja.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The distribution-curve rule of SE MenPANRB 3/2023, the only place it is computed: a unit's
 * predikat against the limits of its curve (rows of the DMN {@code kurva-distribusi}, read through
 * {@link KurvaDistribusiDecision}). MAKS allows at most floor(persen% x n) employees, MIN requires
 * at least ceil(persen% x n); several predikat in one row are counted together. Integer arithmetic,
 * so 70% of 10 is exactly 7.
 */
public final class KurvaDistribusi {

  public enum Jenis { MAKS, MIN }

  /** One limit: the predikat counted together, MAKS or MIN, the percentage and its wording. */
  public record Batas(List<Predikat> predikat, Jenis jenis, int persen, String keterangan) {

    public Batas {
      predikat = List.copyOf(predikat);
      if (persen < 0 || persen > 100) {
        throw new IllegalArgumentException("kurva-distribusi: persen " + persen + " is not between 0 and 100");
      }
    }

    /** A row as the DMN writes it: predikat codes separated by commas, "MAKS" or "MIN". */
    public static Batas of(String predikat, String jenis, int persen, String keterangan) {
      List<Predikat> codes = Arrays.stream(String.valueOf(predikat).split(",")).map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(code -> Predikat.parse(code).orElseThrow(() -> new IllegalStateException(
              "kurva-distribusi names an unknown predikat '" + code + "'")))
          .distinct().toList();
      Jenis kind;
      try {
        kind = Jenis.valueOf(String.valueOf(jenis).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("kurva-distribusi: batas '" + jenis + "' is neither MAKS nor MIN", e);
      }
      return new Batas(codes, kind, persen, keterangan == null ? "" : keterangan);
    }

    public boolean maks() {
      return jenis == Jenis.MAKS;
    }

    /** The limit in people for a unit of n employees: MAKS rounds down, MIN rounds up. */
    public int orang(int n) {
      long product = (long) persen * n;
      return (int) (maks() ? product / 100 : (product + 99) / 100);
    }

    /** How many of the unit have one of this row's predikat. */
    public int jumlah(Map<Predikat, ? extends Number> jumlahPerPredikat) {
      return predikat.stream().mapToInt(p -> {
        Number count = jumlahPerPredikat.get(p);
        return count == null ? 0 : count.intValue();
      }).sum();
    }

    public boolean terpenuhi(int jumlah, int n) {
      return maks() ? jumlah <= orang(n) : jumlah >= orang(n);
    }

    /** E.g. "paling banyak 7" / "paling sedikit 1". */
    public String batasTeks(int n) {
      return (maks() ? "paling banyak " : "paling sedikit ") + orang(n);
    }
  }

  /** One limit applied to the unit: how many there are now, how many are allowed or required. */
  public record Baris(Batas batas, int jumlah, int batasOrang, boolean terpenuhi) {

    /** E.g. "paling banyak 7" / "paling sedikit 1". */
    public String batasTeks() {
      return (batas.maks() ? "paling banyak " : "paling sedikit ") + batasOrang;
    }
  }

  /** A unit checked against its limits; {@code jumlahPerPredikat} holds every predikat, 0 where nobody has it. */
  public record Hasil(int jumlahPegawai, Map<Predikat, Integer> jumlahPerPredikat, List<Baris> baris) {

    public boolean dalamKurva() {
      return baris.stream().allMatch(Baris::terpenuhi);
    }

    /** The distribution against the limits, as a Markdown table for the forms. */
    public String tabel() {
      StringBuilder text = new StringBuilder();
      text.append("Jumlah pegawai: ").append(jumlahPegawai).append("\n\n");
      text.append("| Predikat | Jumlah |\n|---|---|\n");
      for (Predikat p : Predikat.values()) {
        text.append("| ").append(p.label()).append(" | ").append(jumlahPerPredikat.get(p)).append(" |\n");
      }
      text.append("\n| Batas kurva | Sekarang | Batas (orang) | Status |\n|---|---|---|---|\n");
      for (Baris b : baris) {
        text.append("| ").append(b.batas().keterangan()).append(" | ").append(b.jumlah()).append(" | ")
            .append(b.batasTeks()).append(" | ").append(b.terpenuhi() ? "terpenuhi" : "**TIDAK terpenuhi**").append(" |\n");
      }
      return text.toString();
    }
  }

  private KurvaDistribusi() {}

  /** Checks a unit whose employees have the given predikat (n is their sum). */
  public static Hasil periksa(List<Batas> batas, Map<Predikat, ? extends Number> jumlahPerPredikat) {
    Map<Predikat, Integer> jumlah = new java.util.EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      Number count = jumlahPerPredikat.get(p);
      jumlah.put(p, count == null ? 0 : count.intValue());
    }
    int n = jumlah.values().stream().mapToInt(Integer::intValue).sum();
    List<Baris> baris = new ArrayList<>();
    for (Batas b : batas) {
      int count = b.jumlah(jumlah);
      baris.add(new Baris(b, count, b.orang(n), b.terpenuhi(count, n)));
    }
    return new Hasil(n, Map.copyOf(jumlah), List.copyOf(baris));
  }

  /** Counts predikat codes as stored in the product's tables; a code that is no predikat is an error. */
  public static Map<Predikat, Integer> hitung(Iterable<String> kodePredikat) {
    Map<Predikat, Integer> jumlah = new java.util.EnumMap<>(Predikat.class);
    for (String code : kodePredikat) {
      Predikat p = Predikat.parse(code).orElseThrow(() -> new IllegalStateException("unknown predikat '" + code + "'"));
      jumlah.merge(p, 1, Integer::sum);
    }
    return jumlah;
  }
}
