package id.kinerja.feedback;

import java.util.Locale;

/** The 360 summary as the Markdown the appraiser's form shows (a Camunda Forms text component). */
public final class PeerFeedbackSummaryText {

  static final String NOT_ENOUGH = "Belum cukup jawaban (kurang dari " + PeerFeedbackProcess.MIN_ANSWERS
      + ") — ringkasan tidak ditampilkan agar penilai tidak dapat dikenali.";

  private PeerFeedbackSummaryText() {}

  public static String of(PeerFeedbackService.Summary summary) {
    if (!summary.shown()) {
      return NOT_ENOUGH + " Jawaban masuk: " + summary.jawaban() + ".";
    }
    StringBuilder text = new StringBuilder();
    text.append(summary.jawaban()).append(" jawaban dari rekan kerja dan bawahan (anonim). ")
        .append("Skor 1 (sangat kurang) sampai 5 (sangat baik).\n\n")
        .append("| Nilai BerAKHLAK | Jawaban | Rata-rata | Skor 1 | Skor 2 | Skor 3 | Skor 4 | Skor 5 |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (PeerFeedbackService.ValueAggregate value : summary.perNilai()) {
      text.append("| ").append(value.nilai().label())
          .append(" | ").append(value.jumlah())
          .append(" | ").append(String.format(Locale.forLanguageTag("id"), "%.2f", value.rataRata()));
      value.sebaran().forEach(count -> text.append(" | ").append(count));
      text.append(" |\n");
    }
    if (!summary.komentar().isEmpty()) {
      text.append("\n**Komentar** (diurutkan menurut abjad, tanpa nama penilai):\n\n");
      summary.komentar().forEach(komentar -> text.append("- ").append(plain(komentar)).append('\n'));
    }
    return text.toString();
  }

  /** A comment as plain text on one line: no Markdown or HTML of the rater's reaches the form. */
  static String plain(String komentar) {
    return komentar.replaceAll("\\s+", " ").replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>~])", "\\\\$1").strip();
  }
}
