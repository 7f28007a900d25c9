package id.kinerja.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AsSystem;
import id.kinerja.kernel.CapaianOrganisasi;
import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.KurvaDistribusiDecision;
import id.kinerja.kernel.Predikat;
import id.kinerja.organisation.OrganisationLookup;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration of a unit's predikat against its distribution curve: the proposals of the unit's
 * employees (table kalibrasi_usulan), the check against the DMN kurva-distribusi, the unit head's
 * changes and justification, and the release of the employees' appraisals. A released proposal is
 * final for calibration: it still counts in the unit's curve (a late proposal is checked together
 * with it), but nothing here holds or changes it again; only an objection decision changes it
 * afterwards ({@link #objectionDecided}).
 */
@Service
@Transactional
public class KalibrasiService {

  /** One employee's proposal as calibration sees it. */
  public record Usulan(String nip, String nama, String processInstanceId, String hasilKerjaUsulan,
      String hasilKerja, String perilakuKerja, String predikatUsulan, String predikat, boolean dilepas) {}

  /** The state of a unit's calibration: what it waits for, or where it stands against the curve. */
  public record Pemeriksaan(String status, String capaian, String kepalaUnit, List<Usulan> usulan,
      List<String> belumDinilai, KurvaDistribusi.Hasil kurva, String tabel) {

    public boolean dalamKurva() {
      return KalibrasiProcess.Status.DALAM_KURVA.equals(status);
    }

    /** Proposals released by an earlier round: they count in the curve and are not calibrated again. */
    public List<Usulan> dilepas() {
      return usulan.stream().filter(Usulan::dilepas).toList();
    }
  }

  /**
   * An objection decision that changed a released predikat, and the unit's distribution with it;
   * {@code dalamKurva} is null where the unit has no capaian to check against.
   */
  public record PerubahanKeberatan(String unit, String nip, String predikatSebelum, String predikatSesudah,
      String capaian, Boolean dalamKurva, String sebaran) {}

  /** A change the unit head made to one employee's predikat. */
  public record Perubahan(String nip, String predikat) {}

  private final JdbcClient jdbc;
  private final OrganisationLookup organisasi;
  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final KurvaDistribusiDecision kurvaDistribusi;

  public KalibrasiService(JdbcClient jdbc, OrganisationLookup organisasi, RuntimeService runtimeService,
      DecisionService decisionService, IdentityService identityService, KurvaDistribusiDecision kurvaDistribusi) {
    this.kurvaDistribusi = kurvaDistribusi;
    this.jdbc = jdbc;
    this.organisasi = organisasi;
    this.runtimeService = runtimeService;
    this.decisionService = decisionService;
    this.identityService = identityService;
  }

  /**
   * An employee's annual appraisal proposes its predikat: kept for the unit's calibration, whose
   * process is started (or told to check again). Returns the unit. Registrations and checks of one
   * unit are serialised by a lock on the unit's row ({@link #holdUnit}), so two at once do not start
   * two calibrations and none is missed by a check running at the same time.
   */
  public String register(String nip, int tahun, String hasilKerja, String perilakuKerja, String predikat,
      String processInstanceId) {
    String unit = organisasi.unitOf(nip);
    holdUnit(unit);
    jdbc.sql("DELETE FROM kalibrasi_usulan WHERE nip = ? AND tahun = ?").params(nip, tahun).update();
    jdbc.sql("""
            INSERT INTO kalibrasi_usulan (nip, tahun, unit_code, process_instance_id, hasil_kerja_usulan, hasil_kerja,
                                          perilaku_kerja, predikat_usulan, predikat, diusulkan_pada)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(nip, tahun, unit, processInstanceId, hasilKerja, hasilKerja, perilakuKerja, predikat, predikat,
            Timestamp.from(Instant.now()))
        .update();
    AsSystem.run(identityService, () -> {
      String businessKey = KalibrasiProcess.businessKey(unit, tahun);
      List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(KalibrasiProcess.KEY).processInstanceBusinessKey(businessKey).list();
      if (running.isEmpty()) {
        runtimeService.createProcessInstanceByKey(KalibrasiProcess.KEY).businessKey(businessKey)
            .setVariable(KalibrasiProcess.UNIT_KERJA.name(), unit)
            .setVariable(KalibrasiProcess.NAMA_UNIT.name(), organisasi.unitNameOf(unit))
            .setVariable(KalibrasiProcess.TAHUN.name(), tahun)
            .execute();
      } else {
        correlateDataChanged(businessKey);
      }
    });
    return unit;
  }

  /** A notice for BKPSDM (table notifikasi), e.g. that a unit's capaian is still missing. */
  public void tellBkpsdm(String pesan, String processInstanceId) {
    jdbc.sql("INSERT INTO notifikasi (penerima, pesan, process_instance_id) VALUES (?, ?, ?)")
        .params(AppraisalProcess.GROUP_BKPSDM, pesan, processInstanceId).update();
  }

  /** Tells the unit's running calibration, if it is waiting, to check again (capaian recorded, ...). */
  public void dataChanged(String unit, int tahun) {
    holdUnit(unit);
    AsSystem.run(identityService, () -> correlateDataChanged(KalibrasiProcess.businessKey(unit, tahun)));
  }

  /**
   * Locks the unit's row until the transaction ends. A registration (or a recorded capaian) and the
   * unit's check take it first, so they never overlap: a check waits for a registration still being
   * committed and then sees it, and a registration arriving during a check waits until the check has
   * committed and the calibration waits for its message again. Without it, a proposal committed
   * while the check ran was neither seen by the check nor caught as a message, and waited for the
   * weekly re-check (or forever, when that check released the unit and ended the calibration).
   */
  void holdUnit(String unit) {
    // a row lock only: unlike an UPDATE it writes no new row version on every proposal and check
    jdbc.sql("SELECT code FROM org_unit WHERE code = ? FOR UPDATE").param(unit).query(String.class).list();
  }

  private void correlateDataChanged(String businessKey) {
    // only a calibration waiting for data catches it; one at the head's desk checks again anyway
    runtimeService.createMessageCorrelation(KalibrasiProcess.MESSAGE_DATA_BERUBAH)
        .processInstanceBusinessKey(businessKey).correlateAllWithResult();
  }

  /**
   * Checks the unit: waits while an active employee with an open appraisal of the year has no
   * proposal yet, or while the unit has no capaian; otherwise the unit head's own Hasil Kerja
   * follows the capaian (DMN hasil-kerja-kepala-unit, then predikat-kinerja) and the distribution is
   * checked against the curve.
   */
  public Pemeriksaan check(String unit, int tahun) {
    holdUnit(unit);
    String kepala = organisasi.unitHeadOf(unit);
    Optional<String> capaian = capaian(unit, tahun);
    List<Usulan> usulan = usulan(unit, tahun);
    Set<String> diusulkan = new HashSet<>();
    usulan.forEach(u -> diusulkan.add(u.nip()));
    List<String> belum = openAppraisals(unit, tahun).stream().filter(nip -> !diusulkan.contains(nip)).toList();
    if (!belum.isEmpty()) {
      return new Pemeriksaan(KalibrasiProcess.Status.MENUNGGU_PEGAWAI, capaian.orElse(null), kepala, usulan, belum,
          null, "Menunggu penilaian tahunan " + belum.size() + " pegawai: " + String.join(", ", belum));
    }
    if (capaian.isEmpty()) {
      return new Pemeriksaan(KalibrasiProcess.Status.MENUNGGU_CAPAIAN, null, kepala, usulan, belum, null,
          "Menunggu BKPSDM mencatat capaian kinerja organisasi unit " + unit + " tahun " + tahun);
    }
    for (Usulan u : usulan) {
      if (u.nip().equals(kepala) && !u.dilepas()) {
        applyHeadResult(u, capaian.get(), tahun);
      }
    }
    usulan = usulan(unit, tahun);
    KurvaDistribusi.Hasil kurva = KurvaDistribusi.periksa(kurvaDistribusi.batas(capaian.get()),
        KurvaDistribusi.hitung(usulan.stream().map(Usulan::predikat).toList()));
    String tabel = "Capaian kinerja organisasi: **" + CapaianOrganisasi.parse(capaian.get()).map(CapaianOrganisasi::label)
        .orElse(capaian.get()) + "**\n\n" + susulan(usulan) + kurva.tabel();
    return new Pemeriksaan(kurva.dalamKurva() ? KalibrasiProcess.Status.DALAM_KURVA : KalibrasiProcess.Status.DI_LUAR_KURVA,
        capaian.get(), kepala, usulan, belum, kurva, tabel);
  }

  /** For a round after the unit was released: what is fixed and what is being calibrated. */
  private static String susulan(List<Usulan> usulan) {
    long dilepas = usulan.stream().filter(Usulan::dilepas).count();
    if (dilepas == 0) {
      return "";
    }
    return "Usulan susulan: " + dilepas + " pegawai unit ini sudah dilepas sebelumnya. Predikat mereka tetap dan "
        + "ikut dihitung dalam kurva; hanya " + (usulan.size() - dilepas) + " usulan yang belum dilepas yang dikalibrasi.\n\n";
  }

  private void applyHeadResult(Usulan head, String capaian, int tahun) {
    String hasilKerja = AsSystem.call(identityService, () -> decisionService
        .evaluateDecisionTableByKey(KalibrasiProcess.DECISION_HASIL_KERJA_KEPALA, Variables.putValue(KalibrasiProcess.CAPAIAN_ORGANISASI.name(), capaian))
        .getSingleResult().getSingleEntry());
    String predikat = AsSystem.call(identityService, () -> decisionService
        .evaluateDecisionTableByKey(AppraisalProcess.DECISION_PREDIKAT,
            Variables.putValue(AppraisalProcess.HASIL_KERJA.name(), hasilKerja)
                .putValue(AppraisalProcess.PERILAKU_KERJA.name(), head.perilakuKerja()))
        .getSingleResult().getSingleEntry());
    if (!hasilKerja.equals(head.hasilKerja()) || !predikat.equals(head.predikat())) {
      jdbc.sql("""
              UPDATE kalibrasi_usulan SET hasil_kerja = ?, predikat = ?, diubah_oleh = ?, diubah_pada = ?
              WHERE nip = ? AND tahun = ?""")
          .params(hasilKerja, predikat, "capaian-organisasi", Timestamp.from(Instant.now()), head.nip(), tahun)
          .update();
    }
  }

  /**
   * The proposals the head may change, as the calibration form's list: those not yet released
   * (released ones are in {@link #releasedTable}, read-only).
   */
  public JsonNode formList(Pemeriksaan pemeriksaan) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Usulan u : pemeriksaan.usulan()) {
      if (u.dilepas()) {
        continue;
      }
      list.addObject().put("nip", u.nip()).put("nama", u.nama())
          .put("predikatUsulan", Predikat.labelOf(u.predikatUsulan()))
          .put("predikat", u.predikat())
          .put("keterangan", u.nip().equals(pemeriksaan.kepalaUnit())
              ? "Kepala unit: hasil kerja mengikuti capaian organisasi, tidak diubah di sini" : "");
    }
    return list;
  }

  /** The released proposals of the unit with their predikat, as a Markdown table; null if there are none. */
  public String releasedTable(Pemeriksaan pemeriksaan) {
    List<Usulan> dilepas = pemeriksaan.dilepas();
    if (dilepas.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder("| NIP | Nama | Predikat (tetap) |\n|---|---|---|\n");
    for (Usulan u : dilepas) {
      text.append("| ").append(u.nip()).append(" | ").append(u.nama()).append(" | ")
          .append(Predikat.labelOf(u.predikat())).append(" |\n");
    }
    return text.toString();
  }

  /**
   * The unit head's changes; the head's own row and released rows are not changed here (the
   * submission rule refuses such changes before they reach this).
   */
  public int applyChanges(String unit, int tahun, List<Perubahan> perubahan, String oleh) {
    // a proposal registered at this moment waits, then finds the calibration checking again (no
    // task to take away); one registered just before took the task away and this completion fails
    // with the engine's conflict, which the head's Tasklist shows as a 409
    holdUnit(unit);
    String kepala = organisasi.unitHeadOf(unit);
    int changed = 0;
    for (Perubahan p : perubahan) {
      if (p.nip().equals(kepala)) {
        continue;
      }
      changed += jdbc.sql("""
              UPDATE kalibrasi_usulan SET predikat = ?, diubah_oleh = ?, diubah_pada = ?
              WHERE nip = ? AND tahun = ? AND unit_code = ? AND dilepas_pada IS NULL AND predikat <> ?""")
          .params(p.predikat(), oleh, Timestamp.from(Instant.now()), p.nip(), tahun, unit, p.predikat())
          .update();
    }
    return changed;
  }

  /**
   * The head's justification, with the proposals it covers: the unit's proposals not yet released,
   * as they stand now. Under the unit's lock these are the ones the head's task showed: a proposal
   * registered since the check took the task away and checked again (the task's message boundary).
   */
  public void recordJustification(String unit, int tahun, String justifikasi, String sebaran, String oleh) {
    holdUnit(unit);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO kalibrasi_justifikasi (unit_code, tahun, justifikasi, sebaran, diajukan_oleh, diajukan_pada)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(unit, tahun, justifikasi, sebaran == null ? "" : truncate(sebaran), oleh, Timestamp.from(Instant.now()))
        .update(keys, "id");
    jdbc.sql("""
            INSERT INTO kalibrasi_justifikasi_usulan (justifikasi_id, nip, predikat)
            SELECT ?, nip, predikat FROM kalibrasi_usulan WHERE unit_code = ? AND tahun = ? AND dilepas_pada IS NULL""")
        .params(keys.getKey().longValue(), unit, tahun)
        .update();
  }

  /** BKPSDM's decision on the latest open justification of the unit. */
  public void decideJustification(String unit, int tahun, boolean diterima, String catatan, String oleh) {
    jdbc.sql("""
            UPDATE kalibrasi_justifikasi SET diterima = ?, catatan = ?, diputus_oleh = ?, diputus_pada = ?
            WHERE id = (SELECT MAX(id) FROM kalibrasi_justifikasi WHERE unit_code = ? AND tahun = ? AND diterima IS NULL)""")
        .params(diterima, catatan, oleh, Timestamp.from(Instant.now()), unit, tahun)
        .update();
  }

  /**
   * Releases every proposal of the unit not yet released whose appraisal waits for it, with the
   * calibrated predikat. Idempotent: a released proposal, or an appraisal that no longer waits (the
   * employee left), is skipped. Returns how many appraisals were released.
   */
  public int release(String unit, int tahun, String dasar) {
    holdUnit(unit);
    int released = 0;
    for (Usulan u : usulan(unit, tahun)) {
      if (!u.dilepas() && release(u, tahun, dasar)) {
        released++;
      }
    }
    return released;
  }

  /**
   * BKPSDM accepted the head's justification: releases the proposals it covers (as they stood when
   * the head justified) and no other. A proposal registered while BKPSDM was deciding, or one that
   * changed since, was not part of the distribution BKPSDM accepted: it stays waiting and is
   * returned in the count, for the calibration to check it in a next round (with the released ones
   * fixed), as it would a late proposal after the release. A justification recorded before its
   * coverage was kept (none covered) releases all, as it did then.
   *
   * @return how many of the unit's proposals wait unreleased because the justification did not cover them
   */
  public int releaseJustified(String unit, int tahun, String dasar) {
    // in BKPSDM's own transaction: the lock makes a proposal being registered wait (then it is
    // checked in the next round) or be committed before this sees it (then it is not covered)
    holdUnit(unit);
    Map<String, String> covered = new HashMap<>();
    jdbc.sql("""
            SELECT u.nip, u.predikat FROM kalibrasi_justifikasi_usulan u
            WHERE u.justifikasi_id = (SELECT MAX(id) FROM kalibrasi_justifikasi
                                      WHERE unit_code = ? AND tahun = ? AND diterima = TRUE)""")
        .params(unit, tahun)
        .query(rs -> {
          covered.put(rs.getString(1), rs.getString(2));
        });
    int notCovered = 0;
    for (Usulan u : usulan(unit, tahun)) {
      if (u.dilepas()) {
        continue;
      }
      if (covered.isEmpty() || u.predikat().equals(covered.get(u.nip()))) {
        release(u, tahun, dasar);
      } else {
        notCovered++;
      }
    }
    return notCovered;
  }

  /** One proposal released to its appraisal; false if the appraisal no longer waits for it. */
  private boolean release(Usulan u, int tahun, String dasar) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AppraisalProcess.PREDIKAT.name(), u.predikat());
    variables.put(AppraisalProcess.HASIL_KERJA.name(), u.hasilKerja());
    variables.put(KalibrasiProcess.CATATAN_KALIBRASI.name(), catatan(u, dasar));
    boolean caught = !AsSystem.call(identityService, () -> runtimeService
        .createMessageCorrelation(KalibrasiProcess.MESSAGE_UNIT_SELESAI)
        .processInstanceId(u.processInstanceId())
        .setVariables(variables)
        .correlateAllWithResult()).isEmpty();
    if (caught) {
      jdbc.sql("UPDATE kalibrasi_usulan SET dilepas_pada = ? WHERE nip = ? AND tahun = ? AND dilepas_pada IS NULL")
          .params(Timestamp.from(Instant.now()), u.nip(), tahun).update();
    }
    return caught;
  }

  /**
   * The atasan's objection decision on an employee whose proposal calibration has released. The
   * decision is final and stands: this only records it in the unit's distribution
   * (kalibrasi_usulan.predikat), checks the unit's curve again, keeps the result in
   * kalibrasi_keberatan and, if the curve is now broken, tells BKPSDM. A running calibration of the
   * unit (a late proposal waiting) is told to check again. Empty when the predikat did not change
   * or the appraisal never went through calibration.
   */
  public Optional<PerubahanKeberatan> objectionDecided(String nip, int tahun, String hasilKerja, String perilakuKerja,
      String predikat, String oleh, String processInstanceId) {
    record Row(String unit, String hasilKerja, String perilakuKerja, String predikat) {}
    Optional<Row> row = jdbc.sql("""
            SELECT unit_code, hasil_kerja, perilaku_kerja, predikat FROM kalibrasi_usulan
            WHERE nip = ? AND tahun = ? AND dilepas_pada IS NOT NULL""")
        .params(nip, tahun)
        .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Row before = row.get();
    // the unit's distribution below must include a proposal being registered right now
    holdUnit(before.unit());
    if (before.predikat().equals(predikat) && before.hasilKerja().equals(hasilKerja)
        && before.perilakuKerja().equals(perilakuKerja)) {
      return Optional.empty();
    }
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("""
            UPDATE kalibrasi_usulan SET hasil_kerja = ?, perilaku_kerja = ?, predikat = ?, diubah_oleh = ?, diubah_pada = ?
            WHERE nip = ? AND tahun = ?""")
        .params(hasilKerja, perilakuKerja, predikat, oleh, now, nip, tahun).update();
    if (before.predikat().equals(predikat)) {
      return Optional.empty();
    }
    String unit = before.unit();
    Optional<String> capaian = capaian(unit, tahun);
    Map<Predikat, Integer> jumlah = KurvaDistribusi.hitung(usulan(unit, tahun).stream().map(Usulan::predikat).toList());
    Boolean dalamKurva = null;
    String sebaran;
    if (capaian.isPresent()) {
      KurvaDistribusi.Hasil kurva = KurvaDistribusi.periksa(kurvaDistribusi.batas(capaian.get()), jumlah);
      dalamKurva = kurva.dalamKurva();
      sebaran = "Capaian kinerja organisasi: **" + CapaianOrganisasi.parse(capaian.get()).map(CapaianOrganisasi::label)
          .orElse(capaian.get()) + "**\n\n" + kurva.tabel();
    } else {
      sebaran = "Capaian kinerja organisasi belum dicatat.\n\n" + KurvaDistribusi.periksa(List.of(), jumlah).tabel();
    }
    jdbc.sql("""
            INSERT INTO kalibrasi_keberatan (unit_code, tahun, nip, predikat_sebelum, predikat_sesudah, capaian,
                                             dalam_kurva, sebaran, diputus_oleh, dicatat_pada)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(unit, tahun, nip, before.predikat(), predikat, capaian.orElse(null), dalamKurva, truncate(sebaran), oleh, now)
        .update();
    if (Boolean.FALSE.equals(dalamKurva)) {
      String pesan = "Putusan keberatan " + nip + " tahun " + tahun + " mengubah predikat dari "
          + Predikat.labelOf(before.predikat()) + " menjadi " + Predikat.labelOf(predikat) + ". Putusan itu final dan tetap "
          + "berlaku, tetapi sebaran predikat unit " + unit + " kini di luar kurva distribusi: lihat /dasbor/bkpsdm/kurva?tahun="
          + tahun + "&unit=" + unit;
      tellBkpsdm(pesan, processInstanceId);
    }
    dataChanged(unit, tahun);
    return Optional.of(new PerubahanKeberatan(unit, nip, before.predikat(), predikat, capaian.orElse(null), dalamKurva, sebaran));
  }

  private static String catatan(Usulan u, String dasar) {
    StringBuilder text = new StringBuilder(dasar);
    if (!u.hasilKerja().equals(u.hasilKerjaUsulan())) {
      text.append(" Sebagai kepala unit, hasil kerja Anda mengikuti capaian kinerja organisasi unit.");
    }
    if (!u.predikat().equals(u.predikatUsulan())) {
      text.append(" Predikat diubah dalam kalibrasi dari ").append(Predikat.labelOf(u.predikatUsulan()))
          .append(" menjadi ").append(Predikat.labelOf(u.predikat())).append('.');
    }
    return text.toString();
  }

  /** The unit's head (who calibrates), or null. */
  @Transactional(readOnly = true)
  public String unitHead(String unit) {
    return organisasi.unitHeadOf(unit);
  }

  /** How many proposals of the unit's year have been released. */
  @Transactional(readOnly = true)
  public int released(String unit, int tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM kalibrasi_usulan WHERE unit_code = ? AND tahun = ? AND dilepas_pada IS NOT NULL")
        .params(unit, tahun).query(Integer.class).single();
  }

  /**
   * The proposals that count: employees still active whose appraisal is still running or was
   * released (an employee who left mid-way drops out).
   */
  @Transactional(readOnly = true)
  public List<Usulan> usulan(String unit, int tahun) {
    List<Usulan> all = jdbc.sql("""
            SELECT k.nip, e.name, k.process_instance_id, k.hasil_kerja_usulan, k.hasil_kerja, k.perilaku_kerja,
                   k.predikat_usulan, k.predikat, k.dilepas_pada
            FROM kalibrasi_usulan k JOIN org_employee e ON e.nip = k.nip
            WHERE k.unit_code = ? AND k.tahun = ? AND e.active = TRUE ORDER BY k.nip""")
        .params(unit, tahun)
        .query((rs, i) -> new Usulan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9) != null))
        .list();
    Set<String> running = running(all.stream().filter(u -> !u.dilepas()).map(Usulan::processInstanceId).toList());
    return all.stream().filter(u -> u.dilepas() || running.contains(u.processInstanceId())).toList();
  }

  /** Active employees of the unit whose appraisal of the year is running. */
  private List<String> openAppraisals(String unit, int tahun) {
    Map<String, String> cycles = new LinkedHashMap<>();
    // one who proposed in another unit and was moved here since is calibrated there, not awaited here
    jdbc.sql("""
            SELECT e.nip, s.process_instance_id FROM org_employee e
            JOIN siklus_penilaian s ON s.nip = e.nip AND s.tahun = ?
            WHERE e.unit_code = ? AND e.active = TRUE
              AND NOT EXISTS (SELECT 1 FROM kalibrasi_usulan k WHERE k.nip = e.nip AND k.tahun = ? AND k.unit_code <> ?)
            ORDER BY e.nip""")
        .params(tahun, unit, tahun, unit).query((rs, i) -> cycles.put(rs.getString(1), rs.getString(2))).list();
    Set<String> running = running(List.copyOf(cycles.values()));
    List<String> open = new ArrayList<>();
    cycles.forEach((nip, instance) -> {
      if (running.contains(instance)) {
        open.add(nip);
      }
    });
    return open;
  }

  private Set<String> running(List<String> processInstanceIds) {
    Set<String> running = new HashSet<>();
    if (processInstanceIds.isEmpty()) {
      return running;
    }
    AsSystem.run(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(processInstanceIds)).list().forEach(p -> running.add(p.getId())));
    return running;
  }

  private Optional<String> capaian(String unit, int tahun) {
    return jdbc.sql("SELECT capaian FROM capaian_organisasi WHERE unit_code = ? AND tahun = ?")
        .params(unit, tahun).query(String.class).optional();
  }

  private static String truncate(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 4000);
  }
}
