package id.kinerja.feedback;

import static id.kinerja.kernel.ProcessVariable.integer;
import static id.kinerja.kernel.ProcessVariable.string;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.ProcessVariable;

/**
 * The "umpan-balik-360" process (processes/umpan-balik-360.bpmn): one rater's 360 feedback on one
 * employee, called once per rater from the annual appraisal. The only Java that repeats its ids
 * and variable names.
 *
 * <p>Anonymity is built in: the answer goes to a table without the rater, is removed from the
 * instance, and no variable history of this process is written ({@link AnonymousFeedbackHistory}).
 */
public final class PeerFeedbackProcess {

  public static final String KEY = "umpan-balik-360";
  public static final String FORM_GIVE_FEEDBACK = "form-beri-umpan-balik-360";

  /** How many raters the appraiser must choose: fewer cannot stay anonymous, more is a survey. */
  public static final int MIN_RATERS = 3;
  public static final int MAX_RATERS = 8;
  /**
   * Below this many answers nothing is shown: with one or two answers the appraiser could tell
   * who said what. An anonymity guarantee, deliberately not a process owner's setting.
   */
  public static final int MIN_ANSWERS = 3;
  public static final int MAX_COMMENT_LENGTH = 1000;

  /** Element ids, for tests and Cockpit. */
  public static final class Elements {
    public static final String START = "StartEvent_UmpanBalik360Diminta";
    public static final String TASK_BERI_UMPAN_BALIK = "Task_BeriUmpanBalik360";
    public static final String TIMER_TENGGAT = "Timer_TenggatUmpanBalik360";
    public static final String TASK_SIMPAN_UMPAN_BALIK = "Task_SimpanUmpanBalik360";
    public static final String END_DIBERIKAN = "EndEvent_UmpanBalik360Diberikan";
    public static final String END_TERLEWAT = "EndEvent_UmpanBalik360Terlewat";

    private Elements() {}
  }

  // passed in by the calling appraisal (no out-mapping: nothing goes back)
  public static final ProcessVariable<String> NIP_DINILAI = string("nipDinilai");
  public static final ProcessVariable<String> NAMA_DINILAI = string("namaDinilai");
  public static final ProcessVariable<Integer> TAHUN = integer("tahun");
  /** The rater (assignee). */
  public static final ProcessVariable<String> PENILAI = string("penilai");
  /** ISO 8601 duration: due date of the task and when it closes unanswered (process property). */
  public static final ProcessVariable<String> TENGGAT = string("tenggatUmpanBalik360");

  // the answer (removed from the instance once stored)
  public static final ProcessVariable<String> KOMENTAR = string("komentar");

  /** The score (1-5) given for one BerAKHLAK value: {@code skor<Value>}, e.g. skorAkuntabel. */
  public static ProcessVariable<Integer> skor(NilaiBerakhlak nilai) {
    return integer(scoreVariable(nilai));
  }

  public static String scoreVariable(NilaiBerakhlak nilai) {
    return "skor" + nilai.ratingVariable().substring("perilaku".length());
  }

  private PeerFeedbackProcess() {}
}
