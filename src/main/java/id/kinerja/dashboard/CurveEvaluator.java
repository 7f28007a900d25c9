package id.kinerja.dashboard;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates the DMN kurva-distribusi through Camunda's DecisionService. The engine writes decision
 * history on every evaluation, so this runs in a transaction of its own (the dashboards' is
 * read-only), and {@link DashboardService} keeps the result per decision version and capaian: one
 * evaluation per capaian value and deployed version, not one per page view.
 */
@Component
class CurveEvaluator {

  static final String DECISION_KURVA = "kurva-distribusi";
  static final String CURVE_VARIABLE = "capaianOrganisasi";

  private final DecisionService decisionService;

  CurveEvaluator(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public List<Map<String, Object>> evaluate(String decisionDefinitionId, String capaian) {
    DmnDecisionResult result = decisionService.evaluateDecisionById(decisionDefinitionId)
        .variables(Variables.createVariables().putValue(CURVE_VARIABLE, capaian))
        .evaluate();
    return result.getResultList().stream().map(Map::copyOf).toList();
  }
}
