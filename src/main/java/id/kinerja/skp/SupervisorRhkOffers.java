package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.PILIHAN_RHK_ATASAN;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AsSystem;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.OrganisationLookup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The appraiser's RHK of the year as the options of "RHK atasan yang diintervensi" on an employee's
 * open SKP draft (task-local variable {@code pilihanRhkAtasan}). While the appraiser has no
 * submitted SKP there are no options and no variable: the form then asks for the RHK atasan as
 * free text. When the appraiser submits, gets back or agrees their own SKP, the open drafts of their
 * subordinates get the options as they are then, so an employee whose year was opened before the
 * appraiser planned still links to the appraiser's RHK. (In a bulk opening nobody has an SKP yet:
 * no options are written then, which also keeps an opened year small.)
 */
@Component
public class SupervisorRhkOffers {

  private final SkpService skpService;
  private final OrganisationLookup organisasi;
  private final TaskService taskService;
  private final IdentityService identityService;

  public SupervisorRhkOffers(SkpService skpService, OrganisationLookup organisasi, @Lazy TaskService taskService,
      @Lazy IdentityService identityService) {
    this.skpService = skpService;
    this.organisasi = organisasi;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** Puts the appraiser's current RHK on a draft task (or nothing, when there are none). */
  void offer(VariableScope task, String pejabatPenilai, Integer tahun) {
    ArrayNode options = pejabatPenilai == null || tahun == null ? null : options(pejabatPenilai, Tahun.of(tahun));
    if (options != null && !options.isEmpty()) {
      task.setVariableLocal(PILIHAN_RHK_ATASAN.name(), SpinValues.jsonValue(JsonValues.text(options)).create());
    }
  }

  /**
   * The appraiser's SKP of the year changed state: their subordinates' open drafts of that year get
   * the options as they are now. Runs as the system inside the appraiser's command: the appraiser
   * may read those tasks but not write them.
   */
  public void refreshDraftsOfSubordinates(String pejabatPenilai, Tahun tahun) {
    List<String> subordinates = organisasi.subordinatesOf(pejabatPenilai);
    if (subordinates.isEmpty()) {
      return;
    }
    String[] keys = subordinates.stream().map(nip -> AppraisalProcess.businessKey(nip, tahun.value())).toArray(String[]::new);
    AsSystem.run(identityService, () -> {
      List<Task> drafts = taskService.createTaskQuery().processDefinitionKey(AppraisalProcess.KEY)
          .taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP).processInstanceBusinessKeyIn(keys).list();
      if (drafts.isEmpty()) {
        return; // the usual case: the subordinates' drafts are already in, no options to read
      }
      ArrayNode options = options(pejabatPenilai, tahun);
      drafts.forEach(draft -> put(draft.getId(), options));
    });
  }

  /** An open draft task gets the options of this appraiser (after a mutasi: the new appraiser's). */
  void offerOn(String taskId, String pejabatPenilai, Tahun tahun) {
    put(taskId, options(pejabatPenilai, tahun));
  }

  private void put(String taskId, ArrayNode options) {
    if (options.isEmpty()) {
      taskService.removeVariableLocal(taskId, PILIHAN_RHK_ATASAN.name());
    } else {
      taskService.setVariableLocal(taskId, PILIHAN_RHK_ATASAN.name(), SpinValues.jsonValue(JsonValues.text(options)).create());
    }
  }

  private ArrayNode options(String pejabatPenilai, Tahun tahun) {
    ArrayNode options = JsonNodeFactory.instance.arrayNode();
    for (SkpService.Rhk rhk : skpService.rhkAtasan(pejabatPenilai, tahun)) {
      options.addObject().put("label", rhk.rhk()).put("value", String.valueOf(rhk.rhkId()));
    }
    return options;
  }
}
