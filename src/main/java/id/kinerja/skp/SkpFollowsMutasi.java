package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.TAHUN;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.Mutasi;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a mutasi, inside its transaction: the SKP of the running years names the new pejabat
 * (documents and dashboards read them there), and an SKP draft still open offers the new
 * appraiser's RHK to link to, which is what the submission will be checked against.
 */
@Component
class SkpFollowsMutasi {

  private final SkpService skpService;
  private final SupervisorRhkOffers offers;
  private final TaskService taskService;

  SkpFollowsMutasi(SkpService skpService, SupervisorRhkOffers offers, TaskService taskService) {
    this.skpService = skpService;
    this.offers = offers;
    this.taskService = taskService;
  }

  @EventListener
  void on(Mutasi.PejabatChanged change) {
    if (change.runningInstanceIds().isEmpty()) {
      return;
    }
    skpService.changePejabat(change.runningInstanceIds(), change.appraiserChanged() ? change.newAppraiser() : null,
        change.atasanChanged() ? change.newAtasan() : null);
    if (change.appraiserChanged()) {
      for (Task draft : taskService.createTaskQuery()
          .processInstanceIdIn(change.runningInstanceIds().toArray(String[]::new))
          .taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP).list()) {
        Integer tahun = TAHUN.from(taskService.getVariables(draft.getId(), List.of(TAHUN.name())));
        offers.offerOn(draft.getId(), change.newAppraiser(), Tahun.of(tahun));
      }
    }
  }
}
