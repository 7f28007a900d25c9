package id.kinerja.feedback;

import static id.kinerja.kernel.ProcessVariable.json;
import static id.kinerja.kernel.ProcessVariable.string;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.ProcessVariable;

/**
 * The "pengaduan-layanan" process (processes/pengaduan-layanan.bpmn): a complaint or praise from
 * the public, triaged by the unit head, handled, closed with a public response. Started by the
 * message {@link #MESSAGE_RECEIVED}; business key = the tracking code. The only Java that repeats
 * the model's strings.
 */
public final class PublicReportProcess {

  public static final String KEY = "pengaduan-layanan";
  public static final String MESSAGE_RECEIVED = "pengaduan-diterima";

  public static final String FORM_TRIAGE = "form-triase-pengaduan";
  public static final String FORM_HANDLE = "form-tangani-pengaduan";
  public static final String FORM_CLOSE = "form-tutup-pengaduan";

  /** Element ids. */
  public static final String START = "StartEvent_PengaduanDiterima";
  public static final String TASK_TRIAGE = "Task_TriasePengaduan";
  public static final String TIMER_TRIAGE_SLA = "Timer_SlaTriase";
  public static final String TASK_ESCALATE_TRIAGE = "Task_EskalasiTriase";
  public static final String TASK_SAVE_TRIAGE = "Task_SimpanTriase";
  public static final String GATEWAY_VALID = "Gateway_LaporanValid";
  public static final String TASK_CLOSE_INVALID = "Task_TutupTidakValid";
  public static final String END_INVALID = "EndEvent_LaporanTidakValid";
  public static final String GATEWAY_KIND = "Gateway_JenisLaporan";
  public static final String TASK_HANDLE = "Task_TanganiPengaduan";
  public static final String TIMER_HANDLING_SLA = "Timer_SlaPenanganan";
  public static final String TASK_ESCALATE_HANDLING = "Task_EskalasiPenanganan";
  public static final String GATEWAY_READY_TO_CLOSE = "Gateway_SiapDitutup";
  public static final String TASK_CLOSE = "Task_TutupPengaduan";
  public static final String TASK_SAVE_CLOSURE = "Task_SimpanPenyelesaian";
  public static final String END_CLOSED = "EndEvent_LaporanSelesai";

  /** Values. */
  public static final String KIND_COMPLAINT = "PENGADUAN";
  public static final String KIND_PRAISE = "APRESIASI";
  public static final String TRIAGE_VALID = "VALID";
  public static final String TRIAGE_INVALID = "TIDAK_VALID";

  /** Variables. */
  public static final ProcessVariable<String> KODE_LACAK = string("kodeLacak");
  public static final ProcessVariable<String> JENIS = string("jenisLaporan");
  public static final ProcessVariable<String> UNIT = string("unitKerja");
  public static final ProcessVariable<String> NAMA_UNIT = string("namaUnit");
  public static final ProcessVariable<String> LOKET = string("loket");
  public static final ProcessVariable<String> ISI = string("isiLaporan");
  /** Personal data of the reporter: for the handlers only. */
  public static final ProcessVariable<String> KONTAK = string("kontakPelapor");
  public static final ProcessVariable<String> KEPALA_UNIT = string("kepalaUnit");
  public static final ProcessVariable<JsonNode> PILIHAN_PENANGAN = json("pilihanPenangan");
  public static final ProcessVariable<String> KEPUTUSAN_TRIASE = string("keputusanTriase");
  public static final ProcessVariable<String> DITANGANI_OLEH = string("ditanganiOleh");
  public static final ProcessVariable<String> CATATAN_TRIASE = string("catatanTriase");
  public static final ProcessVariable<String> PENANGAN = string("penangan");
  public static final ProcessVariable<String> HASIL_PENANGANAN = string("hasilPenanganan");
  public static final ProcessVariable<String> TANGGAPAN_PUBLIK = string("tanggapanPublik");
  /** Input parameter of the escalation tasks: who is told. */
  public static final ProcessVariable<String> PENERIMA_ESKALASI = string("penerimaEskalasi");

  private PublicReportProcess() {}
}
