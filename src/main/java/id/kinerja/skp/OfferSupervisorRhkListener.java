package id.kinerja.skp;

import static id.kinerja.appraisal.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.appraisal.AppraisalProcess.PILIHAN_RHK_ATASAN;
import static id.kinerja.appraisal.AppraisalProcess.TAHUN;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.system.JsonValues;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * "create" listener of Task_DraftSkp: offers the appraiser's RHK of the year as the options of the
 * form's "RHK atasan yang diintervensi". Local to the task, so a draft returned for revision gets
 * the appraiser's RHK as they are then. An empty list makes the form show the free-text field.
 */
@Component
public class OfferSupervisorRhkListener implements TaskListener {

  private final SkpService skpService;

  public OfferSupervisorRhkListener(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(PILIHAN_RHK_ATASAN.name(), pilihan(PEJABAT_PENILAI.from(task), TAHUN.from(task)));
  }

  /** The appraiser's RHK of the year as form options; an empty list without an appraiser or year. */
  JsonValue pilihan(String pejabatPenilai, Integer tahun) {
    List<SkpService.Rhk> rhkAtasan = pejabatPenilai == null || tahun == null
        ? List.of() : skpService.rhkAtasan(pejabatPenilai, tahun);
    ArrayNode pilihan = JsonNodeFactory.instance.arrayNode();
    for (SkpService.Rhk rhk : rhkAtasan) {
      pilihan.addObject().put("label", rhk.rhk()).put("value", String.valueOf(rhk.rhkId()));
    }
    return SpinValues.jsonValue(JsonValues.text(pilihan)).create();
  }
}
