package id.kinerja.appraisal;

import id.kinerja.system.ExpectedRefusal;

/**
 * A second appraisal-cycle instance was started for an employee's year that is already open: a
 * refusal (409 through the REST API, {@link AppraisalYearAlreadyOpenRestAnswer}), not a server error.
 */
public class AppraisalYearAlreadyOpenException extends IllegalStateException implements ExpectedRefusal {

  public AppraisalYearAlreadyOpenException(String businessKey) {
    super("Siklus penilaian " + businessKey + " sudah dibuka");
  }
}
