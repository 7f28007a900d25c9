package id.kinerja.calibration;

import id.kinerja.kernel.Tahun;
import static id.kinerja.kernel.ProcessVariable.integer;
import static id.kinerja.kernel.ProcessVariable.json;
import static id.kinerja.kernel.ProcessVariable.string;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.ProcessVariable;

/**
 * The kalibrasi-unit process (processes/kalibrasi-unit.bpmn): one instance per unit and year,
 * business key {@link #businessKey}. It waits until every employee of the unit with an open
 * appraisal has a proposed predikat and BKPSDM has recorded the unit's capaian kinerja organisasi,
 * checks the distribution against the DMN {@value #DECISION_KURVA}, and releases the employees'
 * appraisals (message {@value #MESSAGE_UNIT_SELESAI}) when it holds or when BKPSDM accepts the unit
 * head's justification. A proposal that arrives after the unit was released (a late annual rating)
 * starts a new instance with the same business key: the released employees count in the curve as
 * they stand ({@link #JUMLAH_DILEPAS}, {@link #TABEL_DILEPAS}) but only the late proposals are
 * calibrated and released. A proposal or capaian that changes while the head calibrates takes the
 * head's task away and checks again ({@link Elements#EVENT_BERUBAH_SAAT_KALIBRASI}); one that comes
 * in while BKPSDM decides on a justification is not released by it but checked in a next round
 * ({@link #USULAN_BELUM_DICAKUP}).
 */
public final class KalibrasiProcess {

  public static final String KEY = "kalibrasi-unit";
  public static final String DECISION_KURVA = id.kinerja.kernel.KurvaDistribusiDecision.KEY;
  public static final String DECISION_HASIL_KERJA_KEPALA = "hasil-kerja-kepala-unit";
  /** To the unit process: a proposal or the unit's capaian changed, check again. */
  public static final String MESSAGE_DATA_BERUBAH = "KalibrasiDataBerubah";
  /** To one employee's appraisal-cycle instance: the unit's calibration released it. */
  public static final String MESSAGE_UNIT_SELESAI = "KalibrasiUnitSelesai";

  private KalibrasiProcess() {}

  public static String businessKey(String unit, Tahun tahun) {
    return unit + "-" + tahun.value();
  }

  public static final class Elements {
    public static final String START = "StartEvent_KalibrasiDimulai";
    public static final String TASK_PERIKSA_KURVA = "Task_PeriksaKurva";
    public static final String GATEWAY_STATUS_KURVA = "Gateway_StatusKurva";
    public static final String TASK_INGATKAN_CAPAIAN = "Task_IngatkanCapaian";
    public static final String GATEWAY_TUNGGU_PERUBAHAN = "Gateway_TungguPerubahan";
    public static final String EVENT_DATA_BERUBAH = "Event_DataKalibrasiBerubah";
    public static final String TIMER_PERIKSA_ULANG = "Timer_PeriksaUlang";
    public static final String TASK_KALIBRASI_KURVA_UNIT = "Task_KalibrasiKurvaUnit";
    public static final String EVENT_BERUBAH_SAAT_KALIBRASI = "Event_DataBerubahSaatKalibrasi";
    public static final String TASK_SIMPAN_KALIBRASI = "Task_SimpanKalibrasi";
    public static final String TASK_TERIMA_JUSTIFIKASI = "Task_TerimaJustifikasiKurva";
    public static final String TASK_SIMPAN_PUTUSAN_JUSTIFIKASI = "Task_SimpanPutusanJustifikasi";
    public static final String TASK_LEPASKAN_HASIL = "Task_LepaskanHasil";
    public static final String GATEWAY_USULAN_BELUM_DICAKUP = "Gateway_UsulanBelumDicakup";
    public static final String END_HASIL_DILEPAS = "EndEvent_HasilUnitDilepas";

    private Elements() {}
  }

  public static final class Forms {
    public static final String KALIBRASI_KURVA_UNIT = "form-kalibrasi-kurva-unit";
    public static final String TERIMA_JUSTIFIKASI_KURVA = "form-terima-justifikasi-kurva";

    private Forms() {}
  }

  /** Values of statusKurva (set by Task_PeriksaKurva) and of the form decisions. */
  public static final class Status {
    public static final String MENUNGGU_PEGAWAI = "MENUNGGU_PEGAWAI";
    public static final String MENUNGGU_CAPAIAN = "MENUNGGU_CAPAIAN";
    public static final String DALAM_KURVA = "DALAM_KURVA";
    public static final String DI_LUAR_KURVA = "DI_LUAR_KURVA";
    public static final String TINDAKAN_UBAH = "UBAH";
    public static final String TINDAKAN_JUSTIFIKASI = "JUSTIFIKASI";
    public static final String JUSTIFIKASI_TERIMA = "TERIMA";
    public static final String JUSTIFIKASI_TOLAK = "TOLAK";

    private Status() {}
  }

  public static final ProcessVariable<String> UNIT_KERJA = string("unitKerja");
  /** The unit's name, for task names ({@code ${namaUnit}}) and form headers; set at the start. */
  public static final ProcessVariable<String> NAMA_UNIT = string("namaUnit");
  public static final ProcessVariable<Integer> TAHUN = integer("tahun");
  public static final ProcessVariable<String> CAPAIAN_ORGANISASI = string("capaianOrganisasi");
  public static final ProcessVariable<String> KEPALA_UNIT = string("kepalaUnit");
  public static final ProcessVariable<String> STATUS_KURVA = string("statusKurva");
  /** The distribution against the limits, Markdown, shown read-only on the forms. */
  public static final ProcessVariable<String> TABEL_KURVA = string("tabelKurva");
  /** [{nip, nama, predikatUsulan (label), predikat (code), keterangan}] — the head may change predikat. */
  public static final ProcessVariable<JsonNode> USULAN_KALIBRASI = json("usulanKalibrasi");
  /** How many of the unit's employees an earlier round released: fixed, counted in the curve. */
  public static final ProcessVariable<Integer> JUMLAH_DILEPAS = integer("jumlahDilepas");
  /** The released employees and their predikat, Markdown, read-only on the form; null if none. */
  public static final ProcessVariable<String> TABEL_DILEPAS = string("tabelDilepas");
  public static final ProcessVariable<String> TINDAKAN_KALIBRASI = string("tindakanKalibrasi");
  public static final ProcessVariable<String> JUSTIFIKASI_KURVA = string("justifikasiKurva");
  public static final ProcessVariable<String> PUTUSAN_JUSTIFIKASI = string("putusanJustifikasi");
  public static final ProcessVariable<String> CATATAN_BKPSDM = string("catatanBkpsdm");
  /**
   * Set by the release: proposals left waiting because the accepted justification did not cover
   * them (they came in while BKPSDM decided); more than 0 sends the calibration to check again.
   */
  public static final ProcessVariable<Integer> USULAN_BELUM_DICAKUP = integer("usulanBelumDicakup");

  /** Set on an employee's appraisal by the release: why the predikat is what it is now. */
  public static final ProcessVariable<String> CATATAN_KALIBRASI = string("catatanKalibrasi");
}
