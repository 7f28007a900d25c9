package id.kinerja.publication;

import id.kinerja.kernel.Tahun;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit archive of N employees (default 40,000) through {@link UnitDocuments#write}, each PDF drawn
 * with the product's own {@link PdfLayout} (embedded DejaVu fonts, a page of fields and a table, like
 * an SKP), the ZIP sent to a stream that only counts (the client). Prints the time, the archive's
 * size and the peak heap: run with a small heap to see that the archive is never held, e.g.
 * {@code java -Xmx256m -cp <test classpath> id.kinerja.publication.UnitDocumentsBenchmark 40000}.
 * Not a test; the database reads of the real documents are left out (they are per employee too).
 */
public final class UnitDocumentsBenchmark {

  private UnitDocumentsBenchmark() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    List<UnitDocuments.Employee> staff = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      staff.add(new UnitDocuments.Employee(String.format("19800101200501%04d", i % 10_000), "Pegawai Contoh " + i,
          "UNIT-" + (i % 400)));
    }
    long[] received = {0};
    long start = System.nanoTime();
    OutputStream client = new OutputStream() {
      @Override
      public void write(int b) {
        received[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        received[0] += len;
      }
    };
    int[] drawn = {0};
    long[] retainedMax = {0};
    UnitDocuments.write(staff, Tahun.of(2026), UnitDocuments.Kind.DOKUMEN_SKP, client, (nip, tahun) -> {
      if (++drawn[0] % 5_000 == 0) {
        // what is still held after a full collection: the archive so far would show here if it were kept
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        retainedMax[0] = Math.max(retainedMax[0], retained);
        System.out.printf("after %,d PDFs (%.1f MB sent, %.0f s): %d MB held after a full GC%n", drawn[0],
            received[0] / 1e6, (System.nanoTime() - start) / 1e9, retained / (1 << 20));
      }
      return new DocumentService.Pdf(draw(nip), nip + ".pdf", false);
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    // what survives collections (the old generation) is what the archive would hold if it were kept
    long oldPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
        oldPeak = Math.max(oldPeak, pool.getPeakUsage().getUsed());
      }
    }
    System.out.printf("RESULT %d PDFs, archive %.1f MB in %.1f s (%.1f ms per PDF), max heap %d MB, "
            + "at most %d MB held after a full GC, old generation at most %d MB%n", size, received[0] / 1e6, seconds,
        seconds * 1000 / size, Runtime.getRuntime().maxMemory() / (1 << 20), retainedMax[0] / (1 << 20), oldPeak / (1 << 20));
  }

  private static byte[] draw(String nip) {
    try (PdfLayout pdf = new PdfLayout("SKP " + nip, "SKP " + nip + " · halaman", null)) {
      pdf.heading("SASARAN KINERJA PEGAWAI");
      pdf.fields(List.of(new String[] {"NIP", nip}, new String[] {"Nama", "Pegawai Contoh"},
          new String[] {"Jabatan", "Analis SDM Aparatur Ahli Pertama"}, new String[] {"Unit kerja", "Badan Kepegawaian"}));
      List<String[]> rows = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        rows.add(new String[] {String.valueOf(i), "Rencana hasil kerja nomor " + i + " yang diukur dengan indikator",
            "Kuantitas", "100%"});
      }
      pdf.table(new float[] {.06f, .54f, .2f, .2f}, new String[] {"No", "Rencana hasil kerja", "Aspek", "Target"}, rows);
      return pdf.toBytes();
    }
  }
}
