package id.kinerja.feedback;

import static id.kinerja.kernel.AppraisalProcess.UMPAN_BALIK_360_RINGKASAN;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_NilaiKinerjaTahunan: puts the 360 summary on the appraiser's task, as a
 * task-local variable, so it is read through that task only (never through the employee's own
 * tasks or the instance). Aggregates only, and only from {@link PeerFeedbackProcess#MIN_ANSWERS} answers.
 */
@Component
public class PeerFeedbackSummaryListener implements TaskListener {

  private final PeerFeedbackService feedback;

  public PeerFeedbackSummaryListener(PeerFeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void notify(DelegateTask task) {
    PeerFeedbackService.Summary summary =
        feedback.summary(AppraisalProcess.penilaian(task.getExecution()));
    task.setVariableLocal(UMPAN_BALIK_360_RINGKASAN.name(), PeerFeedbackSummaryText.of(summary));
  }
}
