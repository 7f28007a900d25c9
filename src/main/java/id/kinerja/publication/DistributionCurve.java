package id.kinerja.publication;

import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.KurvaDistribusiDecision;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The unit's distribution curve for the Dokumen Evaluasi: its actual predikat counts checked
 * against the limits that the DMN {@code kurva-distribusi} sets for its capaian kinerja
 * organisasi (the kernel's {@link KurvaDistribusi}; nothing of the rule is here).
 */
@Component
class DistributionCurve {

  private final KurvaDistribusiDecision decision;
  private final DocumentData data;

  DistributionCurve(KurvaDistribusiDecision decision, DocumentData data) {
    this.decision = decision;
    this.data = data;
  }

  /** {@code hasil} has no rows where the unit has no capaian yet. */
  record Curve(String unitKode, String capaian, KurvaDistribusi.Hasil hasil) {

    Map<Predikat, Integer> counts() {
      return hasil.jumlahPerPredikat();
    }

    int total() {
      return hasil.jumlahPegawai();
    }

    List<KurvaDistribusi.Batas> limits() {
      return hasil.baris().stream().map(KurvaDistribusi.Baris::batas).toList();
    }
  }

  Curve of(String unitKode, Tahun tahun) {
    Map<Predikat, Integer> counts = data.sebaranPredikat(unitKode, tahun);
    String capaian = data.capaianOrganisasi(unitKode, tahun).map(DocumentData.CapaianOrganisasi::capaian).orElse(null);
    return new Curve(unitKode, capaian,
        KurvaDistribusi.periksa(capaian == null ? List.of() : decision.batas(capaian), counts));
  }
}
