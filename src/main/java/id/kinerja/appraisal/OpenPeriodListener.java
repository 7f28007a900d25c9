package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.CATATAN_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.DAFTAR_INDIKATOR;
import static id.kinerja.kernel.AppraisalProcess.DAFTAR_RHK;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.REALISASI;
import static id.kinerja.kernel.AppraisalProcess.UMPAN_BALIK_RHK;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "take" listener of {@code Flow_KeLaporkanRealisasi} (the period's timer has fired and that
 * period's {@code SubProcess_Periode} has started): when a period opens, its own variables are
 * created in that period's scope: the SKP's indicators to report on ({@code realisasi}), its RHK
 * for the feedback ({@code umpanBalikRhk}), the empty rating fields. Periods run side by side (a
 * late evaluation of one may overlap the next), so each needs its own; the codes in them (aspek,
 * jenis) in words, as the forms show them. They are created here and
 * not when the SKP is approved: copying the SKP into each period at the approval made the
 * approval the most expensive step of the year (and froze the SKP as it was at the approval,
 * months before the period). Since 2026-12-03 the periods themselves start only when they open.
 */
@Component
public class OpenPeriodListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> period = new HashMap<>();
    // the forms show the rows' aspek and jenis read-only, so in words ("Kuantitas", "Utama")
    period.put(REALISASI.name(), inWords(DAFTAR_INDIKATOR.from(execution)));
    period.put(UMPAN_BALIK_RHK.name(), inWords(DAFTAR_RHK.from(execution)));
    period.put(HASIL_KERJA_PERIODIK.name(), null);
    period.put(PERILAKU_KERJA_PERIODIK.name(), null);
    period.put(CATATAN_PERIODIK.name(), null);
    execution.setVariablesLocal(period);
  }

  private static final Set<String> CODES = Set.of("aspek", "jenis");

  private static Object inWords(JsonNode rows) {
    return rows == null ? null : SpinValues.jsonValue(JsonValues.text(Words.inWords(rows, CODES))).create();
  }
}
