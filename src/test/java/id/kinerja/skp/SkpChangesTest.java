package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.skp.SkpChanges.Indikator;
import id.kinerja.skp.SkpChanges.Rhk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the appraiser reads on the second review round: the employee's changes since the return. */
class SkpChangesTest {

  static final Rhk PETA = new Rhk("UTAMA", "Tersusunnya peta kebutuhan pelatihan", null,
      List.of(new Indikator("Dokumen peta kebutuhan", "KUANTITAS", "1 dokumen")));
  static final Rhk PENDAMPINGAN = new Rhk("TAMBAHAN", "Terlaksananya pendampingan operator", "Meningkatnya layanan",
      List.of(new Indikator("Operator didampingi", "KUANTITAS", "12 operator"),
          new Indikator("Laporan pendampingan", "WAKTU", "Desember")));

  @Test
  void nothingChanged_noSentence_evenWhenTheRhkWereReorderedOrSpacedDifferently() {
    Rhk respaced = new Rhk("UTAMA", "  Tersusunnya  peta kebutuhan pelatihan ", null, PETA.indikator());
    assertThat(SkpChanges.between(List.of(PETA, PENDAMPINGAN), List.of(PENDAMPINGAN, respaced))).isEmpty();
  }

  @Test
  void aTargetRaised_isNamedWithItsRhkAndIndicatorNumber() {
    Rhk raised = new Rhk("UTAMA", PETA.uraian(), null,
        List.of(new Indikator("Dokumen peta kebutuhan", "KUANTITAS", "2 dokumen")));
    assertThat(SkpChanges.between(List.of(PETA, PENDAMPINGAN), List.of(raised, PENDAMPINGAN)))
        .containsExactly("RHK 1, indikator 1: target diubah dari «1 dokumen» menjadi «2 dokumen»");
  }

  @Test
  void rhkReworded_withJenisAspekAndRhkAtasanChanged_andAnIndicatorRemoved() {
    Rhk reworded = new Rhk("UTAMA", "Terlaksananya pendampingan seluruh operator", "Meningkatnya mutu layanan",
        List.of(new Indikator("Operator didampingi", "KUALITAS", "12 operator")));

    assertThat(SkpChanges.between(List.of(PETA, PENDAMPINGAN), List.of(PETA, reworded))).containsExactly(
        "RHK 2 diubah dari «Terlaksananya pendampingan operator» menjadi «Terlaksananya pendampingan seluruh operator»",
        "RHK 2: jenis diubah dari Tambahan menjadi Utama",
        "RHK 2: RHK atasan yang diintervensi diubah menjadi «Meningkatnya mutu layanan»",
        "RHK 2, indikator 1: aspek diubah dari Kuantitas menjadi Kualitas",
        "RHK 2: indikator «Laporan pendampingan» dihapus");
  }

  @Test
  void anRhkReplacedByAnUnrelatedOne_isRemovedAndAdded_notAMishmashOfEdits() {
    Rhk added = new Rhk("TAMBAHAN", "Tersusunnya modul aplikasi", null,
        List.of(new Indikator("Modul", "KUANTITAS", "1 modul")));

    assertThat(SkpChanges.between(List.of(PETA, PENDAMPINGAN), List.of(PETA, added))).containsExactly(
        "RHK 2 ditambahkan: «Tersusunnya modul aplikasi» (Tambahan, 1 indikator)",
        "RHK «Terlaksananya pendampingan operator» dihapus");
  }

  @Test
  void anIndicatorAdded_isNamedWithItsAspekAndTarget() {
    Rhk more = new Rhk("UTAMA", PETA.uraian(), null, List.of(PETA.indikator().get(0),
        new Indikator("Ketepatan waktu penyusunan", "WAKTU", "Maret")));
    assertThat(SkpChanges.between(List.of(PETA), List.of(more)))
        .containsExactly("RHK 1, indikator 2 ditambahkan: «Ketepatan waktu penyusunan» (Waktu), target «Maret»");
  }
}
