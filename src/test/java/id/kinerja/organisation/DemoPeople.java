package id.kinerja.organisation;

/** People of the demo organisation (src/main/resources/demo/organisasi-demo.csv) the tests rely on. */
public final class DemoPeople {

  public static final String PASSWORD = "demo";
  /** Sekretaris Daerah, top of the chain. */
  public static final String SEKDA = "197003151995031001";
  /** Kepala Bagian Organisasi (Setda): a supervisor, but not of BKPSDM's staff. */
  public static final String KABAG_ORGANISASI = "197508202000032002";
  /** Kepala BKPSDM: supervisor of the three below. */
  public static final String KEPALA_BKPSDM = "197212121998031008";
  /** Rudi Hartono, Analis SDM: the employee whose appraisal the tests follow. */
  public static final String RUDI = "198809092012121010";
  /** Fitri Handayani: Rudi's peer (same supervisor). */
  public static final String FITRI = "199101012015042011";
  /** Lina Marlina, under the Kepala BKPSDM: her SKP waits for his review in the demo year. */
  public static final String LINA = "198907232014032015";
  /** Kepala Dinas Pendidikan, under the Sekda. */
  public static final String KADIS_PENDIDIKAN = "197304041999031017";
  /** Sri Wahyuni (Disdik), under the Kepala Dinas Pendidikan: her SKP of the demo year is submitted. */
  public static final String SRI_WAHYUNI = "198001162005012018";
  /** Yuni Astuti: BKPSDM operator, in group bkpsdm. */
  public static final String YUNI_BKPSDM = "198506152010012009";

  private DemoPeople() {}
}
