package id.kinerja.feedback;

import static id.kinerja.feedback.PublicReportProcess.DITANGANI_OLEH;
import static id.kinerja.feedback.PublicReportProcess.HASIL_PENANGANAN;
import static id.kinerja.feedback.PublicReportProcess.KEPUTUSAN_TRIASE;
import static id.kinerja.feedback.PublicReportProcess.TANGGAPAN_PUBLIK;
import static id.kinerja.feedback.PublicReportProcess.TRIAGE_INVALID;
import static id.kinerja.feedback.PublicReportProcess.TRIAGE_VALID;
import static id.kinerja.feedback.PublicReportProcess.UNIT;

import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Server-side rules of the three handling forms. The public response is published behind the
 * tracking code, so it may name nobody: no NIP, no name of an employee of the unit.
 */
final class PublicReportRules {

  static final int MAX_RESPONSE = 2000;
  private static final Pattern NIP_LIKE = Pattern.compile("\\d{18}");

  private PublicReportRules() {}

  /** form-triase-pengaduan: a decision; a handler from the unit; a response when not valid. */
  @Component
  static class Triage implements SubmissionRule {
    private final ServiceUnits units;

    Triage(ServiceUnits units) {
      this.units = units;
    }

    @Override
    public boolean appliesTo(String formId) {
      return PublicReportProcess.FORM_TRIAGE.equals(formId);
    }

    @Override
    public List<String> violations(Map<String, Object> variables) {
      List<String> problems = new ArrayList<>();
      String decision = KEPUTUSAN_TRIASE.from(variables);
      String unit = UNIT.from(variables);
      if (!TRIAGE_VALID.equals(decision) && !TRIAGE_INVALID.equals(decision)) {
        problems.add("Hasil triase: pilih valid atau tidak valid");
      }
      String handler = DITANGANI_OLEH.from(variables);
      if (TRIAGE_VALID.equals(decision) && handler != null && !handler.isBlank()
          && (unit == null || !units.isActiveEmployeeOf(unit, handler.strip()))) {
        problems.add("Penangan: harus pegawai aktif unit ini");
      }
      if (TRIAGE_INVALID.equals(decision)) {
        checkResponse(units, TANGGAPAN_PUBLIK.from(variables), unit, problems);
      }
      return problems;
    }
  }

  /** form-tangani-pengaduan: what was done, for the head and the records. */
  @Component
  static class Handling implements SubmissionRule {
    @Override
    public boolean appliesTo(String formId) {
      return PublicReportProcess.FORM_HANDLE.equals(formId);
    }

    @Override
    public List<String> violations(Map<String, Object> variables) {
      String result = HASIL_PENANGANAN.from(variables);
      if (result == null || result.strip().length() < 10) {
        return List.of("Hasil penanganan: tulis paling sedikit 10 karakter");
      }
      return result.length() > 4000 ? List.of("Hasil penanganan: paling banyak 4000 karakter") : List.of();
    }
  }

  /** form-tutup-pengaduan: the public response. */
  @Component
  static class Closure implements SubmissionRule {
    private final ServiceUnits units;

    Closure(ServiceUnits units) {
      this.units = units;
    }

    @Override
    public boolean appliesTo(String formId) {
      return PublicReportProcess.FORM_CLOSE.equals(formId);
    }

    @Override
    public List<String> violations(Map<String, Object> variables) {
      List<String> problems = new ArrayList<>();
      checkResponse(units, TANGGAPAN_PUBLIK.from(variables), UNIT.from(variables), problems);
      return problems;
    }
  }

  static void checkResponse(ServiceUnits units, String response, String unit, List<String> problems) {
    if (response == null || response.strip().length() < 10) {
      problems.add("Tanggapan untuk pelapor: tulis paling sedikit 10 karakter");
      return;
    }
    if (response.length() > MAX_RESPONSE) {
      problems.add("Tanggapan untuk pelapor: paling banyak " + MAX_RESPONSE + " karakter");
    }
    if (NIP_LIKE.matcher(response).find()) {
      problems.add("Tanggapan untuk pelapor dipublikasikan: jangan cantumkan NIP");
    }
    if (unit != null) {
      String lower = response.toLowerCase(Locale.ROOT);
      for (ServiceUnits.Employee e : units.employees(unit)) {
        String name = coreName(e.name());
        if (name.length() >= 3 && lower.contains(name.toLowerCase(Locale.ROOT))) {
          problems.add("Tanggapan untuk pelapor dipublikasikan: jangan sebut nama pegawai");
          break;
        }
      }
    }
  }

  /** "Dr. Ahmad Suryadi, M.Si." -> "Ahmad Suryadi": the name without academic titles. */
  static String coreName(String fullName) {
    String beforeDegrees = fullName.split(",", 2)[0];
    StringBuilder core = new StringBuilder();
    for (String word : beforeDegrees.trim().split("\\s+")) {
      if (!word.endsWith(".")) {
        core.append(core.isEmpty() ? "" : " ").append(word);
      }
    }
    return core.toString();
  }
}
