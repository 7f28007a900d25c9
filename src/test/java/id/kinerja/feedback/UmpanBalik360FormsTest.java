package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.NilaiBerakhlak;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 360 forms submit exactly what the rule, the delegate and the multi-instance read (names
 * from the descriptors), and the appraiser's rating form shows the summary.
 */
class UmpanBalik360FormsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void raterForm_scoresEachOfTheSevenValuesOneToFive_withAShortOptionalComment() throws IOException {
    JsonNode form = form("beri-umpan-balik-360.form");
    assertThat(form.path("id").asText()).isEqualTo(PeerFeedbackProcess.FORM_GIVE_FEEDBACK);
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      JsonNode field = field(form, PeerFeedbackProcess.scoreVariable(nilai));
      assertThat(field.path("type").asText()).isEqualTo("radio");
      assertThat(field.path("label").asText()).isEqualTo(nilai.label());
      assertThat(field.path("validate").path("required").asBoolean()).isTrue();
      List<String> values = new ArrayList<>();
      field.path("values").forEach(v -> values.add(v.path("value").asText()));
      assertThat(values).containsExactly("1", "2", "3", "4", "5");
    }
    JsonNode komentar = field(form, PeerFeedbackProcess.KOMENTAR.name());
    assertThat(komentar.path("validate").path("required").asBoolean()).isFalse();
    assertThat(komentar.path("validate").path("maxLength").asInt()).isEqualTo(PeerFeedbackProcess.MAX_COMMENT_LENGTH);
    assertThat(form.toString()).contains("{{namaDinilai}}").contains("anonim");
  }

  @Test
  void appraisersChoice_ticksFromTheProposals_andTakesFurtherNips() throws IOException {
    JsonNode form = form("pilih-penilai-360.form");
    assertThat(form.path("id").asText()).isEqualTo(AppraisalProcess.Forms.PILIH_PENILAI_360);
    JsonNode terpilih = field(form, AppraisalProcess.PENILAI_360_TERPILIH.name());
    assertThat(terpilih.path("type").asText()).isEqualTo("checklist");
    assertThat(terpilih.path("valuesKey").asText()).isEqualTo(AppraisalProcess.PILIHAN_PENILAI_360.name());
    assertThat(field(form, AppraisalProcess.PENILAI_360_TAMBAHAN.name()).path("type").asText()).isEqualTo("textfield");
  }

  @Test
  void annualRatingForm_showsTheSummary_readOnly() throws IOException {
    JsonNode form = form("penilaian-tahunan.form");
    boolean shown = false;
    for (JsonNode component : form.path("components")) {
      if (component.path("type").asText().equals("text")
          && component.path("text").asText().contains("{{" + AppraisalProcess.UMPAN_BALIK_360_RINGKASAN.name() + "}}")) {
        shown = true;
      }
      assertThat(component.path("key").asText()).isNotEqualTo(AppraisalProcess.UMPAN_BALIK_360_RINGKASAN.name());
    }
    assertThat(shown).isTrue();
  }

  private JsonNode form(String name) throws IOException {
    return json.readTree(Path.of("forms", name).toFile());
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (component.path("key").asText().equals(key)) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }
}
