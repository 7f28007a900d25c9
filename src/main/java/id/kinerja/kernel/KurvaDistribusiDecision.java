package id.kinerja.kernel;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one gateway to the DMN {@value #KEY}: the process owner's limits of a unit's distribution
 * curve for its capaian kinerja organisasi, as typed {@link KurvaDistribusi.Batas}. Evaluated as the
 * system (nobody needs a right on the decision to see a curve); the engine writes decision history
 * on every evaluation, so a caller inside a read-only transaction opens its own.
 */
@Component
public class KurvaDistribusiDecision {

  public static final String KEY = "kurva-distribusi";
  /** The DMN's input: the unit's capaian kinerja organisasi ({@link CapaianOrganisasi} code). */
  static final String INPUT_CAPAIAN = "capaianOrganisasi";
  static final String OUTPUT_PREDIKAT = "predikat";
  static final String OUTPUT_BATAS = "batas";
  static final String OUTPUT_PERSEN = "persen";
  static final String OUTPUT_KETERANGAN = "keterangan";

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  public KurvaDistribusiDecision(DecisionService decisionService, RepositoryService repositoryService,
      IdentityService identityService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  /** The limits of the latest deployed version for a capaian. */
  public List<KurvaDistribusi.Batas> batas(String capaianOrganisasi) {
    return batas(latestVersionId(), capaianOrganisasi);
  }

  /** The limits of one deployed version (a version never changes, so its answer may be kept). */
  public List<KurvaDistribusi.Batas> batas(String decisionDefinitionId, String capaianOrganisasi) {
    return AsSystem.call(identityService, () -> decisionService.evaluateDecisionTableById(decisionDefinitionId,
            Variables.putValue(INPUT_CAPAIAN, capaianOrganisasi))
        .getResultList().stream().map(KurvaDistribusiDecision::row).toList());
  }

  /** The id of the latest deployed version. */
  public String latestVersionId() {
    return AsSystem.call(identityService, () -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(KEY).latestVersion().singleResult().getId());
  }

  static KurvaDistribusi.Batas row(Map<String, Object> row) {
    Object persen = row.get(OUTPUT_PERSEN);
    return KurvaDistribusi.Batas.of(String.valueOf(row.get(OUTPUT_PREDIKAT)), String.valueOf(row.get(OUTPUT_BATAS)),
        persen instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(persen).strip()),
        row.get(OUTPUT_KETERANGAN) == null ? "" : String.valueOf(row.get(OUTPUT_KETERANGAN)));
  }
}
