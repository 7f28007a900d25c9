package id.kinerja.followup;

import static id.kinerja.kernel.ProcessVariable.integer;
import static id.kinerja.kernel.ProcessVariable.json;
import static id.kinerja.kernel.ProcessVariable.string;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.ProcessVariable;
import id.kinerja.kernel.Tahun;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The tindak-lanjut-penilaian process (processes/tindak-lanjut-penilaian.bpmn): what follows a final
 * appraisal result. Started by the appraisal cycle with message {@value #MESSAGE_MULAI}, business key
 * {@code <NIP>-<year>} like the cycle; which predikat leads to which follow-up is the DMN
 * {@value #DECISION}.
 */
public final class TindakLanjutProcess {

  public static final String KEY = "tindak-lanjut-penilaian";
  public static final String DECISION = "tindak-lanjut-predikat";
  public static final String MESSAGE_MULAI = "MulaiTindakLanjutPenilaian";

  private TindakLanjutProcess() {}

  public static final class Elements {
    public static final String START = "StartEvent_TindakLanjutDimulai";
    public static final String RULE_TINDAK_LANJUT = "Rule_TindakLanjutPredikat";
    public static final String GATEWAY_JENIS = "Gateway_JenisTindakLanjut";
    public static final String TASK_USULAN_PENGHARGAAN = "Task_UsulanPenghargaan";
    public static final String TASK_SIMPAN_USULAN_PENGHARGAAN = "Task_SimpanUsulanPenghargaan";
    public static final String END_PENGHARGAAN_DIPUTUS = "EndEvent_PenghargaanDiputus";
    public static final String TASK_SUSUN_RENCANA = "Task_SusunRencanaPengembangan";
    public static final String TASK_SIMPAN_RENCANA = "Task_SimpanRencanaPengembangan";
    public static final String TASK_TANGGAPI_RENCANA = "Task_TanggapiRencanaPengembangan";
    public static final String TASK_SIMPAN_TANGGAPAN = "Task_SimpanTanggapanRencana";
    public static final String GATEWAY_RENCANA_DISEPAKATI = "Gateway_RencanaDisepakati";
    public static final String END_RENCANA_DISEPAKATI = "EndEvent_RencanaDisepakati";
    public static final String END_TANPA_TINDAK_LANJUT = "EndEvent_TanpaTindakLanjut";

    private Elements() {}
  }

  public static final class Forms {
    public static final String USULAN_PENGHARGAAN = "form-usulan-penghargaan";
    public static final String RENCANA_PENGEMBANGAN = "form-rencana-pengembangan";
    public static final String TANGGAPAN_RENCANA = "form-tanggapan-rencana-pengembangan";

    private Forms() {}
  }

  public static final class Values {
    public static final String PENGHARGAAN = "PENGHARGAAN";
    public static final String PENGEMBANGAN = "PENGEMBANGAN";
    public static final String TIDAK_ADA = "TIDAK_ADA";
    public static final String DITERIMA = "DITERIMA";
    public static final String DITOLAK = "DITOLAK";
    public static final String SETUJU = "SETUJU";
    public static final String KOMENTAR = "KOMENTAR";
    public static final String PELATIHAN = "PELATIHAN";
    public static final String COACHING = "COACHING";

    private Values() {}
  }

  public static String businessKey(String nip, int tahun) {
    return nip + "-" + tahun;
  }

  /** Whose year the follow-up is about: its {@link #NIP} and {@link #TAHUN}. */
  public static PenilaianTahunan penilaian(VariableScope scope) {
    return new PenilaianTahunan(Nip.of(NIP.require(scope)), Tahun.of(TAHUN.require(scope)));
  }

  /**
   * Passed on by the appraisal cycle under the same names: the organisation's listeners (who the
   * employee is, who may follow the instance, who takes over after a mutasi) read them in both.
   */
  public static final ProcessVariable<String> NIP = AppraisalProcess.NIP;
  public static final ProcessVariable<String> PEJABAT_PENILAI = AppraisalProcess.PEJABAT_PENILAI;
  public static final ProcessVariable<Integer> TAHUN = integer("tahun");
  public static final ProcessVariable<String> PREDIKAT = string("predikat");
  public static final ProcessVariable<String> JENIS_TINDAK_LANJUT = string("jenisTindakLanjut");
  public static final ProcessVariable<String> KEPUTUSAN_PENGHARGAAN = string("keputusanPenghargaan");
  public static final ProcessVariable<String> CATATAN_PENGHARGAAN = string("catatanPenghargaan");
  /** [{jenis: PELATIHAN|COACHING, uraian, tenggat: yyyy-MM-dd}] */
  public static final ProcessVariable<JsonNode> RENCANA_PENGEMBANGAN = json("rencanaPengembangan");
  public static final ProcessVariable<String> PERSETUJUAN_RENCANA = string("persetujuanRencana");
  public static final ProcessVariable<String> TANGGAPAN_PEGAWAI = string("tanggapanPegawai");
  /** Local to Task_DraftSkp of the next year: the employee's open development plan, as text. */
  public static final ProcessVariable<String> RENCANA_PENGEMBANGAN_TERBUKA = string("rencanaPengembanganTerbuka");
}
