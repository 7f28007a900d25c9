package id.kinerja.pegawai;

import id.kinerja.kernel.Nip;
import id.kinerja.organisation.Mutasi;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit of every change to an employee, in words (names with their NIP, unit names),
 * inside the transaction of the change itself: the mutasi and the departure are audited from the
 * organisation's events, so the REST API's changes are audited exactly as the desk's screens.
 * If the audit cannot be written, the change is not stored either.
 */
@Component
class AuditPerubahan {

  private final PegawaiRepository repository;

  AuditPerubahan(PegawaiRepository repository) {
    this.repository = repository;
  }

  @EventListener
  void on(Mutasi.SupervisorChangeRecorded change) {
    Mutasi.Moved moved = change.moved();
    Map<String, String> names = repository.names(java.util.List.of(nz(change.formerSupervisor()),
        change.newSupervisor(), nz(moved.formerAppraiser()), nz(moved.newAppraiser()), nz(moved.formerAtasan()),
        nz(moved.newAtasan())));
    String before = "Atasan langsung: " + person(change.formerSupervisor(), names)
        + "\nUnit kerja: " + unit(change.formerUnit())
        + "\nPejabat penilai: " + person(moved.formerAppraiser(), names)
        + "\nAtasan pejabat penilai: " + person(moved.formerAtasan(), names);
    String after = "Atasan langsung: " + person(change.newSupervisor(), names)
        + "\nUnit kerja: " + unit(change.newUnit())
        + "\nPejabat penilai: " + person(moved.newAppraiser(), names)
        + "\nAtasan pejabat penilai: " + person(moved.newAtasan(), names)
        + "\nTugas terbuka dialihkan: " + moved.tasksReassigned()
        + (moved.subordinatesFollowed() > 0 ? "\nBawahan langsung yang atasan pejabat penilainya ikut berubah: "
            + moved.subordinatesFollowed() : "");
    repository.record(Nip.of(moved.nip()), JenisPerubahan.MUTASI, change.operatorId(), before, after);
  }

  @EventListener
  void on(Mutasi.DepartureRecorded departure) {
    Map<String, String> names = repository.names(java.util.List.of(nz(departure.supervisorNip())));
    String before = "Status: aktif\nUnit kerja: " + unit(departure.unitCode())
        + "\nAtasan langsung: " + person(departure.supervisorNip(), names);
    String after = "Status: keluar\nAlasan: " + departure.reason()
        + "\nPenilaian yang diakhiri: " + departure.appraisalsEnded();
    repository.record(departure.nip(), JenisPerubahan.KELUAR, departure.operatorId(), before, after);
  }

  void newEmployee(Nip nip, String operatorId, String description) {
    repository.record(nip, JenisPerubahan.BARU, operatorId, null, description);
  }

  void newPosition(Nip nip, String operatorId, String before, String after) {
    repository.record(nip, JenisPerubahan.JABATAN, operatorId, before, after);
  }

  private String unit(String code) {
    return code == null ? "-" : repository.unit(code).map(PegawaiRepository.UnitRow::nama).orElse(code);
  }

  static String person(String nip, Map<String, String> names) {
    if (nip == null) {
      return "tidak ada";
    }
    String name = names.get(nip);
    return name == null ? nip : name + " (" + nip + ")";
  }

  private static String nz(String nip) {
    return Objects.requireNonNullElse(nip, "");
  }
}
