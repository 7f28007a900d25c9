package id.kinerja.feedback;

import static id.kinerja.feedback.PeerFeedbackProcess.KOMENTAR;
import static id.kinerja.feedback.PeerFeedbackProcess.NIP_DINILAI;
import static id.kinerja.feedback.PeerFeedbackProcess.TAHUN;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.PenilaianTahunan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SimpanUmpanBalik360: stores the rater's answer without the rater, then removes the answer
 * from the instance so that it exists nowhere in the engine next to the rater's task.
 */
@Component
public class RecordPeerFeedbackDelegate implements JavaDelegate {

  private final PeerFeedbackService feedback;

  public RecordPeerFeedbackDelegate(PeerFeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<NilaiBerakhlak, Integer> skor = new EnumMap<>(NilaiBerakhlak.class);
    List<String> answerVariables = new ArrayList<>();
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      skor.put(nilai, PeerFeedbackProcess.skor(nilai).require(execution));
      answerVariables.add(PeerFeedbackProcess.scoreVariable(nilai));
    }
    answerVariables.add(KOMENTAR.name());
    feedback.recordAnswer(PenilaianTahunan.of(NIP_DINILAI.require(execution), TAHUN.require(execution)), skor, KOMENTAR.from(execution));
    execution.removeVariables(answerVariables);
  }
}
