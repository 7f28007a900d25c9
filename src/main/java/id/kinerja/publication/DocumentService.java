package id.kinerja.publication;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.Waktu;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKP document and the Dokumen Evaluasi Kinerja Pegawai of an employee's year, as PDF. Only
 * what exists is printed: no SKP content, no SKP document; no annual rating, no evaluation. A
 * result not yet final (ditetapkan) prints, marked DRAF on every page.
 */
@Service
// not read-only: evaluating the DMN tables writes their decision history (PostgreSQL refuses that
// in a read-only transaction)
@Transactional
class DocumentService {

  private final DocumentData data;
  private final DistributionCurve curves;
  private final HistoryService historyService;
  private final Recommendations recommendations;
  private final Waktu waktu;

  DocumentService(DocumentData data, DistributionCurve curves, HistoryService historyService,
      Recommendations recommendations, Waktu waktu) {
    this.waktu = waktu;
    this.data = data;
    this.curves = curves;
    this.historyService = historyService;
    this.recommendations = recommendations;
  }

  /** What is asked for does not exist (yet); the message says what is missing. */
  static class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
      super(message);
    }
  }

  record Pdf(byte[] bytes, String fileName, boolean draft) {}

  List<DocumentData.Entry> listFor(String user) {
    return data.entriesFor(user);
  }

  Optional<DocumentData.Skp> skpOf(PenilaianTahunan appraisal) {
    return data.skp(appraisal);
  }

  Pdf skp(PenilaianTahunan appraisal) {
    Nip nip = appraisal.nip();
    Tahun tahun = appraisal.tahun();
    DocumentData.Skp skp = data.skp(appraisal).orElseThrow(() -> new NotFoundException(
        "Belum ada SKP pegawai " + nip + " tahun " + tahun));
    List<DocumentData.Rhk> rhk = data.rhk(skp.id());
    if (rhk.isEmpty()) {
      throw new NotFoundException("SKP pegawai " + nip + " tahun " + tahun
          + " belum berisi rencana hasil kerja: dokumen SKP tersedia setelah pegawai mengajukan SKP");
    }
    boolean draft = !"DISETUJUI".equals(skp.status());
    DocumentData.Person pegawai = data.person(skp.nip());
    DocumentData.Person penilai = data.person(skp.pejabatPenilai());
    DocumentData.Person atasan = data.person(skp.atasanPejabatPenilai());
    String title = "Sasaran Kinerja Pegawai " + pegawai.nama() + " tahun " + tahun;
    try (var pdf = new PdfLayout(title, "SKP " + skp.nip() + " tahun " + tahun + " — dicetak dari Kinerja pada "
        + waktu.tanggalJam(now()), draft ? "DRAF" : null)) {
      pdf.centered("SASARAN KINERJA PEGAWAI (SKP)", pdf.bold, 14);
      pdf.centered("Periode penilaian: " + Labels.periodeTahunan(tahun), pdf.regular, 10);
      if (draft) {
        pdf.centered("DRAF — SKP " + Labels.statusSkp(skp.status()) + ", belum disetujui", pdf.bold, 10);
      }
      pdf.gap(6);
      people(pdf, pegawai, penilai, null);

      pdf.heading("Hasil kerja");
      List<String[]> rows = new ArrayList<>();
      for (DocumentData.Rhk r : rhk) {
        List<DocumentData.Indikator> indikator = r.indikator();
        String rhkText = r.urutan() + ". " + r.uraian() + " (" + Labels.jenisRhk(r.jenis()) + ")";
        String atasanText = r.rhkAtasan() == null ? "-" : r.rhkAtasan();
        if (indikator.isEmpty()) {
          rows.add(new String[] {rhkText, atasanText, "-", "-", "-"});
        }
        for (int i = 0; i < indikator.size(); i++) {
          DocumentData.Indikator ind = indikator.get(i);
          rows.add(new String[] {i == 0 ? rhkText : "", i == 0 ? atasanText : "", ind.uraian(),
              Labels.aspek(ind.aspek()), ind.target()});
        }
      }
      pdf.table(new float[] {0.28f, 0.22f, 0.26f, 0.1f, 0.14f},
          new String[] {"Rencana hasil kerja (RHK)", "RHK atasan yang diintervensi", "Indikator kinerja individu",
              "Aspek", "Target"}, rows);

      pdf.heading("Perilaku kerja (BerAKHLAK)");
      Map<String, String> ekspektasi = data.ekspektasiKhusus(skp.id());
      List<String[]> perilaku = new ArrayList<>();
      int n = 0;
      for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
        perilaku.add(new String[] {++n + ". " + nilai.label(), ekspektasi.getOrDefault(nilai.name(), "-")});
      }
      pdf.table(new float[] {0.3f, 0.7f}, new String[] {"Nilai dasar", "Ekspektasi khusus pimpinan"}, perilaku);

      pdf.heading("Riwayat persetujuan");
      List<String[]> record = new ArrayList<>();
      if (skp.diajukanPada() != null) {
        record.add(new String[] {"Diajukan", pegawai.nama() + " (" + Labels.nipLine(pegawai) + "), "
            + waktu.tanggalJam(skp.diajukanPada())});
      }
      record.addAll(reviewRounds(skp, draft));
      if (record.isEmpty()) {
        record.add(new String[] {"Status", Labels.statusSkp(skp.status())});
      }
      pdf.fields(record);
      pdf.ensureSpace(150);
      pdf.heading("Pengesahan");
      String where = draft ? "Belum disetujui" : "Disetujui secara elektronik pada " + waktu.tanggal(skp.disetujuiPada());
      pdf.signatures(List.of(
          new String[] {"Pegawai yang dinilai", pegawai.nama(), Labels.nipLine(pegawai)},
          new String[] {"Pejabat Penilai Kinerja", penilai.nama(), Labels.nipLine(penilai), where}));
      return new Pdf(pdf.toBytes(), "SKP-" + skp.nip() + "-" + tahun + ".pdf", draft);
    }
  }

  /**
   * Every round of the appraiser's review, from the process history: all but the last were
   * returned; the last approved, if the SKP is approved. Without history (cleaned up after its time
   * to live) the SKP's own record of who approved and when.
   */
  private List<String[]> reviewRounds(DocumentData.Skp skp, boolean draft) {
    List<HistoricTaskInstance> reviews = skp.processInstanceId() == null ? List.of()
        : historyService.createHistoricTaskInstanceQuery().processInstanceId(skp.processInstanceId())
            .taskDefinitionKey(AppraisalProcess.Elements.TASK_REVIEW_SKP).finished()
            .orderByHistoricTaskInstanceEndTime().asc().list();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      HistoricTaskInstance review = reviews.get(i);
      boolean approval = !draft && i == reviews.size() - 1;
      DocumentData.Person who = data.person(review.getAssignee());
      rows.add(new String[] {approval ? "Disetujui" : "Dikembalikan", who.nama() + " (" + Labels.nipLine(who) + "), "
          + waktu.tanggalJam(review.getEndTime())});
    }
    if (rows.stream().noneMatch(r -> r[0].equals("Disetujui")) && !draft) {
      DocumentData.Person who = data.person(skp.pejabatPenilai());
      rows.add(new String[] {"Disetujui", who.nama() + " (" + Labels.nipLine(who) + "), "
          + waktu.tanggalJam(skp.disetujuiPada())});
    }
    if (!draft && skp.catatanReview() != null && reviews.size() > 1) {
      rows.add(new String[] {"Catatan pengembalian terakhir", skp.catatanReview()});
    }
    return rows;
  }

  Pdf evaluasi(PenilaianTahunan appraisal) {
    Nip nip = appraisal.nip();
    Tahun tahun = appraisal.tahun();
    DocumentData.Skp skp = data.skp(appraisal).orElseThrow(() -> new NotFoundException(
        "Belum ada SKP pegawai " + nip + " tahun " + tahun + ", jadi belum ada evaluasi kinerja"));
    List<DocumentData.Penilaian> penilaian = data.penilaian(skp.id());
    DocumentData.Penilaian tahunan = penilaian.stream().filter(p -> p.jenis().equals("TAHUNAN"))
        .reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("Penilaian kinerja tahunan pegawai " + nip
            + " tahun " + tahun + " belum ada: dokumen evaluasi tersedia setelah pejabat penilai memberi penilaian tahunan"));
    Optional<DocumentData.HasilAkhir> akhir = data.hasilAkhir(skp.id());
    Optional<DocumentData.Keberatan> keberatan = data.keberatan(skp.id());
    boolean draft = akhir.isEmpty();
    // what the year has now, as the dashboard, the export and the public page count it
    Optional<DocumentData.PredikatTerkini> terkini = data.predikatTerkini(skp.id());
    String hasilKerja = terkini.map(DocumentData.PredikatTerkini::hasilKerja).orElse(tahunan.hasilKerja());
    String perilakuKerja = terkini.map(DocumentData.PredikatTerkini::perilakuKerja).orElse(tahunan.perilakuKerja());
    String predikat = terkini.map(DocumentData.PredikatTerkini::predikat).orElse(tahunan.predikat());

    DocumentData.Person pegawai = data.person(skp.nip());
    DocumentData.Person penilai = data.person(skp.pejabatPenilai());
    DocumentData.Person atasan = data.person(skp.atasanPejabatPenilai());
    String title = "Dokumen Evaluasi Kinerja Pegawai " + pegawai.nama() + " tahun " + tahun;
    try (var pdf = new PdfLayout(title, "Evaluasi kinerja " + skp.nip() + " tahun " + tahun
        + " — dicetak dari Kinerja pada " + waktu.tanggalJam(now()), draft ? "DRAF" : null)) {
      pdf.centered("DOKUMEN EVALUASI KINERJA PEGAWAI", pdf.bold, 14);
      pdf.centered("Periode penilaian: " + Labels.periodeTahunan(tahun) + " (tahunan)", pdf.regular, 10);
      if (draft) {
        pdf.centered("DRAF — hasil penilaian belum ditetapkan dan masih dapat berubah", pdf.bold, 10);
      }
      pdf.gap(6);
      people(pdf, pegawai, penilai, atasan);

      pdf.heading("Capaian kinerja organisasi");
      var capaian = data.capaianOrganisasi(pegawai.unitKode(), tahun);
      pdf.fields(List.of(
          new String[] {"Unit kerja", pegawai.unitNama() == null ? "-" : pegawai.unitNama()},
          new String[] {"Capaian kinerja organisasi", capaian.map(c -> Labels.capaian(c.capaian()))
              .orElse("belum ditetapkan")},
          new String[] {"Catatan", capaian.map(DocumentData.CapaianOrganisasi::catatan).orElse(null)}));

      pdf.heading("Hasil kerja");
      List<String[]> rows = new ArrayList<>();
      for (DocumentData.Rhk r : data.rhk(skp.id())) {
        for (int i = 0; i < Math.max(1, r.indikator().size()); i++) {
          DocumentData.Indikator ind = r.indikator().isEmpty() ? null : r.indikator().get(i);
          rows.add(new String[] {i == 0 ? r.urutan() + ". " + r.uraian() : "", ind == null ? "-" : ind.uraian(),
              ind == null ? "-" : ind.target(), ind == null || ind.realisasi() == null ? "-" : ind.realisasi()});
        }
      }
      pdf.table(new float[] {0.32f, 0.28f, 0.15f, 0.25f},
          new String[] {"Rencana hasil kerja", "Indikator", "Target", "Realisasi (laporan terakhir)"}, rows);
      pdf.fields(List.of(
          new String[] {"Rating hasil kerja", Labels.rating(hasilKerja)},
          new String[] {"Alasan", tahunan.alasanHasilKerja()}));

      pdf.heading("Perilaku kerja");
      Map<String, DocumentData.NilaiPerilaku> perNilai = data.perilakuPerNilai(tahunan.id());
      Map<String, String> ekspektasi = data.ekspektasiKhusus(skp.id());
      List<String[]> perilaku = new ArrayList<>();
      for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
        DocumentData.NilaiPerilaku v = perNilai.get(nilai.name());
        perilaku.add(new String[] {nilai.label(), ekspektasi.getOrDefault(nilai.name(), "-"),
            v == null ? "-" : Labels.rating(v.rating()), v == null || v.alasan() == null ? "-" : v.alasan()});
      }
      pdf.table(new float[] {0.2f, 0.3f, 0.2f, 0.3f},
          new String[] {"Nilai BerAKHLAK", "Ekspektasi khusus pimpinan", "Penilaian", "Alasan"}, perilaku);
      pdf.fields(List.of(
          new String[] {"Rating perilaku kerja", Labels.rating(perilakuKerja)},
          new String[] {"Alasan", tahunan.alasanPerilakuKerja()}));

      pdf.heading("Predikat kinerja pegawai");
      pdf.paragraph(Labels.predikat(predikat) + (draft ? " (belum ditetapkan)" : ""), pdf.bold, 13);

      List<String[]> periodik = penilaian.stream().filter(p -> p.jenis().equals("PERIODIK"))
          .map(p -> new String[] {"Periode " + p.periode(), Labels.rating(p.hasilKerja()),
              Labels.rating(p.perilakuKerja()), p.catatan() == null ? "-" : p.catatan()})
          .toList();
      if (!periodik.isEmpty()) {
        pdf.heading("Penilaian periodik");
        pdf.table(new float[] {0.14f, 0.22f, 0.22f, 0.42f},
            new String[] {"Periode", "Hasil kerja", "Perilaku kerja", "Catatan pejabat penilai"}, periodik);
      }

      pdf.heading("Catatan dan rekomendasi");
      List<String[]> catatan = new ArrayList<>();
      penilaian.stream().filter(p -> p.jenis().equals("DIRI")).findFirst().ifPresent(diri -> catatan.add(
          new String[] {"Penilaian diri pegawai", "Hasil kerja " + Labels.rating(diri.hasilKerja()) + ", perilaku kerja "
              + Labels.rating(diri.perilakuKerja()) + (diri.catatan() == null ? "" : ". " + diri.catatan())}));
      keberatan.ifPresent(k -> {
        catatan.add(new String[] {"Keberatan pegawai", k.alasan()});
        if (k.tanggapanPenilai() != null) {
          catatan.add(new String[] {"Tanggapan pejabat penilai", k.tanggapanPenilai()});
        }
        if (k.keputusan() != null) {
          catatan.add(new String[] {"Putusan atasan", ("UBAH".equals(k.keputusan()) ? "Penilaian diubah menjadi "
              + Labels.predikat(k.predikatBaru()) : "Penilaian tetap") + (k.alasanPutusan() == null ? "" : ". "
              + k.alasanPutusan())});
        }
      });
      akhir.map(DocumentData.HasilAkhir::catatan).ifPresent(c -> catatan.add(new String[] {"Catatan penetapan", c}));
      catatan.add(new String[] {"Rekomendasi", recommendations.of(predikat)});
      pdf.fields(catatan);

      pdf.heading("Kurva distribusi predikat unit kerja");
      DistributionCurve.Curve curve = curves.of(pegawai.unitKode(), tahun);
      if (curve.capaian() == null) {
        pdf.paragraph("Capaian kinerja organisasi unit " + (pegawai.unitNama() == null ? "" : pegawai.unitNama())
            + " tahun " + tahun + " belum ditetapkan, sehingga batas kurva belum dapat ditampilkan; grafik "
            + "menunjukkan sebaran predikat unit saat ini.", pdf.regular, 9);
      } else {
        pdf.paragraph("Batas sebaran menurut capaian kinerja organisasi " + Labels.capaian(curve.capaian())
            + " (tabel keputusan kurva-distribusi).", pdf.regular, 9);
      }
      pdf.gap(4);
      CurveChart.draw(pdf, curve);
      if (!curve.limits().isEmpty()) {
        List<String[]> limits = curve.hasil().baris().stream().map(b -> new String[] {b.batas().keterangan(),
            String.join(", ", b.batas().predikat().stream().map(Predikat::label).toList()),
            b.batasTeks() + " org", b.jumlah() + " org", b.terpenuhi() ? "terpenuhi" : "TIDAK terpenuhi"})
            .toList();
        pdf.table(new float[] {0.34f, 0.22f, 0.17f, 0.11f, 0.16f},
            new String[] {"Batas (kurva-distribusi)", "Predikat", "Batas untuk unit", "Realisasi", "Keadaan"}, limits);
      }

      pdf.heading("Riwayat penilaian dan persetujuan");
      List<String[]> record = new ArrayList<>();
      DocumentData.Person rater = data.person(tahunan.penilai());
      record.add(new String[] {"Dinilai", rater.nama() + " (" + Labels.nipLine(rater) + "), "
          + waktu.tanggalJam(tahunan.dinilaiPada())});
      keberatan.ifPresent(k -> {
        record.add(new String[] {"Keberatan diajukan", pegawai.nama() + ", " + waktu.tanggalJam(k.diajukanPada())});
        if (k.diputusPada() != null) {
          DocumentData.Person decider = data.person(k.diputusOleh());
          record.add(new String[] {"Keberatan diputus", decider.nama() + " (" + Labels.nipLine(decider) + "), "
              + waktu.tanggalJam(k.diputusPada()) + ": " + ("UBAH".equals(k.keputusan()) ? "diubah" : "tetap")});
        }
      });
      akhir.ifPresentOrElse(a -> {
        DocumentData.Person finaliser = data.person(a.ditetapkanOleh());
        record.add(new String[] {"Ditetapkan", finaliser.nama() + " (" + Labels.nipLine(finaliser) + "), "
            + waktu.tanggalJam(a.ditetapkanPada())});
      }, () -> record.add(new String[] {"Ditetapkan", "belum"}));
      pdf.fields(record);
      pdf.ensureSpace(150);
      pdf.heading("Pengesahan");
      String done = draft ? "Belum ditetapkan" : "Ditetapkan secara elektronik pada "
          + waktu.tanggal(akhir.get().ditetapkanPada());
      pdf.signatures(List.of(
          new String[] {"Pegawai yang dinilai", pegawai.nama(), Labels.nipLine(pegawai)},
          new String[] {"Pejabat Penilai Kinerja", penilai.nama(), Labels.nipLine(penilai),
              "Dinilai pada " + waktu.tanggal(tahunan.dinilaiPada())},
          new String[] {"Atasan Pejabat Penilai Kinerja", atasan.nama(), Labels.nipLine(atasan), done}));
      return new Pdf(pdf.toBytes(), "Evaluasi-Kinerja-" + skp.nip() + "-" + tahun + ".pdf", draft);
    }
  }

  private static void people(PdfLayout pdf, DocumentData.Person pegawai, DocumentData.Person penilai,
      DocumentData.Person atasan) {
    pdf.heading("Pegawai yang dinilai");
    person(pdf, pegawai);
    pdf.heading("Pejabat Penilai Kinerja");
    person(pdf, penilai);
    if (atasan != null) {
      pdf.heading("Atasan Pejabat Penilai Kinerja");
      person(pdf, atasan);
    }
  }

  private static void person(PdfLayout pdf, DocumentData.Person person) {
    pdf.fields(List.of(
        new String[] {"Nama", person.nama()},
        new String[] {person.unitKode() == null ? "ID pengguna" : "NIP", person.nip()},
        new String[] {"Jabatan", person.jabatan()},
        new String[] {"Unit kerja", person.unitNama()}));
  }

  private static Instant now() {
    return Instant.now();
  }
}
