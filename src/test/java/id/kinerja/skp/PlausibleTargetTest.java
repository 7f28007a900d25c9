package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets that can be measured, by aspect, as e-Kinerja asks; and nonsense that cannot. */
class PlausibleTargetTest {

  @ParameterizedTest(name = "{0} ''{1}'' is a target")
  @CsvSource(delimiter = '|', value = {
      "KUANTITAS|1 dokumen", "KUANTITAS|12 laporan", "KUANTITAS|40 orang", "KUANTITAS|1.250 berkas",
      "KUANTITAS|95%", "KUANTITAS|90–100 %", "KUANTITAS|minimal 12 kegiatan", "KUANTITAS|2,5 km jalan",
      "KUALITAS|100%", "KUALITAS|95 %", "KUALITAS|minimal 3,2 dari 4", "KUALITAS|85 persen", "KUALITAS|4/5",
      "WAKTU|Juni", "WAKTU|Maret", "WAKTU|Januari–Maret", "WAKTU|setiap bulan", "WAKTU|6 bulan",
      "WAKTU|akhir Desember 2026", "WAKTU|triwulan II",
      "BIAYA|Rp 25.000.000", "BIAYA|Rp25 juta", "BIAYA|95%"})
  void aMeasurableTarget_isAccepted(String aspek, String target) {
    assertThat(PlausibleTarget.problem(aspek, target)).isEmpty();
  }

  @ParameterizedTest(name = "{0} ''{1}'' is refused")
  @CsvSource(delimiter = '|', value = {
      "KUANTITAS|-99999999999 dokumen", "KUANTITAS|1000000000000%", "KUANTITAS|99999999999 dokumen",
      "KUANTITAS|0 dokumen", "KUANTITAS|aaaaa", "KUANTITAS|banyak", "KUANTITAS|120%", "KUANTITAS|100–90 %",
      "KUALITAS|1000000000000%", "KUALITAS|baik sekali", "KUALITAS|5 dari 4", "KUALITAS|150%",
      "WAKTU|aaaaa", "WAKTU|secepatnya", "WAKTU|13 bulan", "WAKTU|0 bulan",
      "BIAYA|murah", "BIAYA|Rp 0", "BIAYA|250%"})
  void nonsense_isRefusedWithTheFormatItShouldHave(String aspek, String target) {
    assertThat(PlausibleTarget.problem(aspek, target)).isPresent();
  }

  @Test
  void theDraftRule_namesTheRhkAndTheIndicator() throws Exception {
    String skp = new ObjectMapper().writeValueAsString(List.of(
        Map.of("jenis", "UTAMA", "uraian", "Tersusunnya laporan analisis jabatan", "indikator", List.of(
            Map.of("uraian", "Laporan yang selesai", "aspek", "KUANTITAS", "target", "12 laporan"))),
        Map.of("jenis", "TAMBAHAN", "uraian", "aaaaa", "indikator", List.of(
            Map.of("uraian", "Dokumen selesai", "aspek", "KUANTITAS", "target", "3 dokumen"),
            Map.of("uraian", "Persentase kepuasan", "aspek", "KUALITAS", "target", "1000000000000%")))));

    List<String> problems = new SkpDraftRule().violations(Map.of("rhk", SpinValues.jsonValue(skp).create().getValue()));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("RHK 2: uraian");
    assertThat(problems.get(1)).startsWith("RHK 2, indikator 2: persentase kualitas");
  }
}
