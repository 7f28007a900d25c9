package id.kinerja.feedback;

/**
 * The "permintaan-umpan-balik" process: an employee asks a supervisor or colleague for feedback,
 * the person asked answers in Tasklist, the requester reads it. The only Java that repeats the
 * strings of processes/permintaan-umpan-balik.bpmn.
 */
public final class FeedbackRequestProcess {

  public static final String KEY = "permintaan-umpan-balik";

  public static final String START_FORM = "form-ajukan-umpan-balik";
  public static final String TASK_GIVE_FEEDBACK = "Task_BeriUmpanBalik";
  public static final String TASK_READ_FEEDBACK = "Task_BacaUmpanBalik";
  public static final String END_FEEDBACK_READ = "EndEvent_UmpanBalikDibaca";

  /** Variables. */
  public static final String REQUESTER = "pemohon";
  public static final String RECIPIENT = "penerima";
  public static final String TOPIC = "topik";
  public static final String QUESTION = "pertanyaan";
  public static final String ANSWER = "jawaban";

  private FeedbackRequestProcess() {}
}
