package id.kinerja.dashboard;

import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.KurvaDistribusiDecision;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' door to {@link KurvaDistribusiDecision}. The engine writes decision history on
 * every evaluation, so this runs in a transaction of its own (the dashboards' is read-only), and
 * {@link DashboardService} keeps the result per decision version and capaian: one evaluation per
 * capaian value and deployed version, not one per page view.
 */
@Component
class CurveEvaluator {

  private final KurvaDistribusiDecision decision;

  CurveEvaluator(KurvaDistribusiDecision decision) {
    this.decision = decision;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public List<KurvaDistribusi.Batas> evaluate(String decisionDefinitionId, String capaian) {
    return decision.batas(decisionDefinitionId, capaian);
  }

  String latestVersionId() {
    return decision.latestVersionId();
  }
}
