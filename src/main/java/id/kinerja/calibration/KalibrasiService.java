package id.kinerja.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AsSystem;
import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.KurvaDistribusiDecision;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.OrganisationLookup;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration of a unit's predikat against its distribution curve: the proposals of the unit's
 * employees, the check against the DMN kurva-distribusi, the unit head's changes and justification,
 * and the release of the employees' appraisals. A released proposal is final for calibration: it
 * still counts in the unit's curve (a late proposal is checked together with it), but nothing here
 * holds or changes it again; only an objection decision changes it afterwards
 * ({@link #objectionDecided}).
 *
 * <p>The transaction boundary and the conductor: the tables are {@link KalibrasiRepository}'s, the
 * head's result is the DMN's ({@link HasilKepalaUnit}), the curve the kernel's
 * ({@link KurvaDistribusiDecision}), the words {@link KalibrasiText}'s; this class decides the order,
 * holds the unit's lock and talks to the engine (starting the unit's process, its messages).
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

  private final KalibrasiRepository repository;
  private final OrganisationLookup organisasi;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final KurvaDistribusiDecision kurvaDistribusi;
  private final HasilKepalaUnit hasilKepalaUnit;

  KalibrasiService(KalibrasiRepository repository, OrganisationLookup organisasi, RuntimeService runtimeService,
      IdentityService identityService, KurvaDistribusiDecision kurvaDistribusi, HasilKepalaUnit hasilKepalaUnit) {
    this.repository = repository;
    this.organisasi = organisasi;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.kurvaDistribusi = kurvaDistribusi;
    this.hasilKepalaUnit = hasilKepalaUnit;
  }

  /**
   * An employee's annual appraisal proposes its predikat: kept for the unit's calibration, whose
   * process is started (or told to check again). Returns the unit. Registrations and checks of one
   * unit are serialised by a lock on the unit's row ({@link #holdUnit}), so two at once do not start
   * two calibrations and none is missed by a check running at the same time.
   */
  public String register(PenilaianTahunan penilaian, String hasilKerja, String perilakuKerja, String predikat,
      String processInstanceId) {
    String unit = organisasi.unitOf(penilaian.nip().value());
    Tahun tahun = penilaian.tahun();
    holdUnit(unit);
    repository.replaceProposal(penilaian, unit, processInstanceId, hasilKerja, perilakuKerja, predikat);
    AsSystem.run(identityService, () -> {
      String businessKey = KalibrasiProcess.businessKey(unit, tahun);
      List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(KalibrasiProcess.KEY).processInstanceBusinessKey(businessKey).list();
      if (running.isEmpty()) {
        runtimeService.createProcessInstanceByKey(KalibrasiProcess.KEY).businessKey(businessKey)
            .setVariable(KalibrasiProcess.UNIT_KERJA.name(), unit)
            .setVariable(KalibrasiProcess.NAMA_UNIT.name(), organisasi.unitNameOf(unit))
            .setVariable(KalibrasiProcess.TAHUN.name(), tahun.value())
            .execute();
      } else {
        correlateDataChanged(businessKey);
      }
    });
    return unit;
  }

  /** A notice for BKPSDM (table notifikasi), e.g. that a unit's capaian is still missing. */
  public void tellBkpsdm(String pesan, String tautan, String processInstanceId) {
    repository.notify(AppraisalProcess.GROUP_BKPSDM, pesan, tautan, processInstanceId);
  }

  /** Tells the unit's running calibration, if it is waiting, to check again (capaian recorded, ...). */
  public void dataChanged(String unit, Tahun tahun) {
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
    repository.holdUnit(unit);
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
  public Pemeriksaan check(String unit, Tahun tahun) {
    holdUnit(unit);
    String kepala = organisasi.unitHeadOf(unit);
    Optional<String> capaian = repository.capaian(unit, tahun);
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
    return new Pemeriksaan(kurva.dalamKurva() ? KalibrasiProcess.Status.DALAM_KURVA : KalibrasiProcess.Status.DI_LUAR_KURVA,
        capaian.get(), kepala, usulan, belum, kurva, KalibrasiText.tabel(capaian.get(), usulan, kurva));
  }

  private void applyHeadResult(Usulan head, String capaian, Tahun tahun) {
    HasilKepalaUnit.Hasil hasil = hasilKepalaUnit.of(capaian, head.perilakuKerja());
    if (!hasil.hasilKerja().equals(head.hasilKerja()) || !hasil.predikat().equals(head.predikat())) {
      repository.setHeadResult(head.nip(), tahun, hasil.hasilKerja(), hasil.predikat());
    }
  }

  /**
   * The proposals the head may change, as the calibration form's list: those not yet released
   * (released ones are in {@link #releasedTable}, read-only).
   */
  public JsonNode formList(Pemeriksaan pemeriksaan) {
    return KalibrasiText.formList(pemeriksaan);
  }

  /** The released proposals of the unit with their predikat, as a Markdown table; null if there are none. */
  public String releasedTable(Pemeriksaan pemeriksaan) {
    return KalibrasiText.releasedTable(pemeriksaan);
  }

  /**
   * The unit head's changes; the head's own row and released rows are not changed here (the
   * submission rule refuses such changes before they reach this).
   */
  public int applyChanges(String unit, Tahun tahun, List<Perubahan> perubahan, String oleh) {
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
      changed += repository.changePredikat(unit, tahun, p.nip(), p.predikat(), oleh);
    }
    return changed;
  }

  /**
   * The head's justification, with the proposals it covers: the unit's proposals not yet released,
   * as they stand now. Under the unit's lock these are the ones the head's task showed: a proposal
   * registered since the check took the task away and checked again (the task's message boundary).
   */
  public void recordJustification(String unit, Tahun tahun, String justifikasi, String sebaran, String oleh) {
    holdUnit(unit);
    repository.recordJustification(unit, tahun, justifikasi, sebaran, oleh);
  }

  /** BKPSDM's decision on the latest open justification of the unit. */
  public void decideJustification(String unit, Tahun tahun, boolean diterima, String catatan, String oleh) {
    repository.decideJustification(unit, tahun, diterima, catatan, oleh);
  }

  /**
   * Releases every proposal of the unit not yet released whose appraisal waits for it, with the
   * calibrated predikat. Idempotent: a released proposal, or an appraisal that no longer waits (the
   * employee left), is skipped. Returns how many appraisals were released.
   */
  public int release(String unit, Tahun tahun, String dasar) {
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
  public int releaseJustified(String unit, Tahun tahun, String dasar) {
    // in BKPSDM's own transaction: the lock makes a proposal being registered wait (then it is
    // checked in the next round) or be committed before this sees it (then it is not covered)
    holdUnit(unit);
    Map<String, String> covered = repository.coveredByAcceptedJustification(unit, tahun);
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
  private boolean release(Usulan u, Tahun tahun, String dasar) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AppraisalProcess.PREDIKAT.name(), u.predikat());
    variables.put(AppraisalProcess.HASIL_KERJA.name(), u.hasilKerja());
    variables.put(KalibrasiProcess.CATATAN_KALIBRASI.name(), KalibrasiText.catatan(u, dasar));
    boolean caught = !AsSystem.call(identityService, () -> runtimeService
        .createMessageCorrelation(KalibrasiProcess.MESSAGE_UNIT_SELESAI)
        .processInstanceId(u.processInstanceId())
        .setVariables(variables)
        .correlateAllWithResult()).isEmpty();
    if (caught) {
      repository.markReleased(u.nip(), tahun);
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
  public Optional<PerubahanKeberatan> objectionDecided(PenilaianTahunan penilaian, String hasilKerja,
      String perilakuKerja, String predikat, String oleh, String processInstanceId) {
    String nip = penilaian.nip().value();
    Tahun tahun = penilaian.tahun();
    Optional<KalibrasiRepository.Dilepas> row = repository.released(penilaian);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    KalibrasiRepository.Dilepas before = row.get();
    // the unit's distribution below must include a proposal being registered right now
    holdUnit(before.unit());
    if (before.predikat().equals(predikat) && before.hasilKerja().equals(hasilKerja)
        && before.perilakuKerja().equals(perilakuKerja)) {
      return Optional.empty();
    }
    Timestamp now = Timestamp.from(Instant.now());
    repository.setObjectionResult(penilaian, hasilKerja, perilakuKerja, predikat, oleh, now);
    if (before.predikat().equals(predikat)) {
      return Optional.empty();
    }
    String unit = before.unit();
    Optional<String> capaian = repository.capaian(unit, tahun);
    Map<Predikat, Integer> jumlah = KurvaDistribusi.hitung(usulan(unit, tahun).stream().map(Usulan::predikat).toList());
    KurvaDistribusi.Hasil kurva = KurvaDistribusi.periksa(
        capaian.isPresent() ? kurvaDistribusi.batas(capaian.get()) : List.of(), jumlah);
    Boolean dalamKurva = capaian.isPresent() ? kurva.dalamKurva() : null;
    PerubahanKeberatan perubahan = new PerubahanKeberatan(unit, nip, before.predikat(), predikat, capaian.orElse(null),
        dalamKurva, KalibrasiText.sebaran(capaian.orElse(null), kurva));
    repository.recordObjection(perubahan, tahun, oleh, now);
    if (Boolean.FALSE.equals(dalamKurva)) {
      tellBkpsdm(KalibrasiText.keberatanDiLuarKurva(organisasi.displayNameOf(nip), tahun, organisasi.unitNameOf(unit),
          before.predikat(), predikat), "/dasbor/bkpsdm/kurva?tahun=" + tahun + "&unit=" + unit, processInstanceId);
    }
    dataChanged(unit, tahun);
    return Optional.of(perubahan);
  }

  /** The unit's head (who calibrates), or null. */
  @Transactional(readOnly = true)
  public String unitHead(String unit) {
    return organisasi.unitHeadOf(unit);
  }

  /** How many proposals of the unit's year have been released. */
  @Transactional(readOnly = true)
  public int released(String unit, Tahun tahun) {
    return repository.releasedCount(unit, tahun);
  }

  /**
   * The proposals that count: employees still active whose appraisal is still running or was
   * released (an employee who left mid-way drops out).
   */
  @Transactional(readOnly = true)
  public List<Usulan> usulan(String unit, Tahun tahun) {
    List<Usulan> all = repository.proposals(unit, tahun);
    Set<String> running = running(all.stream().filter(u -> !u.dilepas()).map(Usulan::processInstanceId).toList());
    return all.stream().filter(u -> u.dilepas() || running.contains(u.processInstanceId())).toList();
  }

  /** Active employees of the unit whose appraisal of the year is running. */
  private List<String> openAppraisals(String unit, Tahun tahun) {
    Map<String, String> cycles = repository.cycles(unit, tahun);
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
}
