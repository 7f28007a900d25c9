package id.kinerja.calibration;

import id.kinerja.kernel.AsSystem;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.Mutasi;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An employee left a unit (departure, or a mutasi to another unit): every running calibration of
 * that unit checks again at once, in case it was waiting only for that employee's proposal, instead
 * of at its next periodic re-check (a week by default).
 */
@Component
class CalibrationFollowsMutasi {

  private final KalibrasiService kalibrasi;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  CalibrationFollowsMutasi(KalibrasiService kalibrasi, RuntimeService runtimeService, IdentityService identityService) {
    this.kalibrasi = kalibrasi;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void on(Mutasi.LeftUnit left) {
    for (ProcessInstance calibration : AsSystem.call(identityService, () -> runtimeService
        .createProcessInstanceQuery().processDefinitionKey(KalibrasiProcess.KEY)
        .variableValueEquals(KalibrasiProcess.UNIT_KERJA.name(), left.unitCode()).list())) {
      Integer tahun = (Integer) AsSystem.call(identityService,
          () -> runtimeService.getVariable(calibration.getId(), KalibrasiProcess.TAHUN.name()));
      if (tahun != null) {
        kalibrasi.dataChanged(left.unitCode(), Tahun.of(tahun));
      }
    }
  }
}
