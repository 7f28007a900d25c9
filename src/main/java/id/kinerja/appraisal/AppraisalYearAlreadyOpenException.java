package id.kinerja.appraisal;

/** A second appraisal-cycle instance was started for an employee's year that is already open. */
public class AppraisalYearAlreadyOpenException extends IllegalStateException {

  public AppraisalYearAlreadyOpenException(String businessKey) {
    super("Siklus penilaian " + businessKey + " sudah dibuka");
  }
}
