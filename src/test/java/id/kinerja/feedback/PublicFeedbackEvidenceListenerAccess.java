package id.kinerja.feedback;

import java.util.List;

/** Test access to the evidence summary of {@link PublicFeedbackEvidenceListener}. */
public final class PublicFeedbackEvidenceListenerAccess {

  private PublicFeedbackEvidenceListenerAccess() {}

  public static String summary(List<PublicReportService.HandledReport> handled) {
    return PublicFeedbackEvidenceListener.summary(handled);
  }
}
