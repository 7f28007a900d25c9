package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A citizen reads a unit's published results: numbers as Indonesians write them ("2,77", not
 * "2.7692"), links only to years that have something to show, and no "JSON" link (the JSON stays
 * at /api/publik/..., for developers).
 */
@PublicVoicesTestConfig
class PublicResultsInIndonesianTest {

  /** A year no other test writes into. */
  static final int YEAR = 2012;
  private static final Pattern PREVIOUS = Pattern.compile("id=\"tahun-sebelumnya\"[^>]*tahun=(\\d{4})");
  private static final Pattern NEXT = Pattern.compile("id=\"tahun-berikutnya\"[^>]*tahun=(\\d{4})");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private String page(int year) throws Exception {
    return mvc.perform(get("/publik/unit/SETDA/hasil").param("tahun", String.valueOf(year))
            .with(r -> {
              r.setRemoteAddr("198.51.100.212");
              return r;
            }))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void surveyResults_readWithDecimalCommas_andLinkOnlyToYearsWithResults() throws Exception {
    if (jdbc.sql("SELECT COUNT(*) FROM skm_respons WHERE unit_code = 'SETDA' AND diisi_pada < ?")
        .param(LocalDateTime.of(YEAR + 1, 1, 1, 0, 0)).query(Long.class).single() == 0) {
      // 13 answers: element 1 averages 36/13 = 2.769..., the others 3 or 4
      for (int i = 0; i < 13; i++) {
        jdbc.sql("""
                INSERT INTO skm_respons (unit_code, diisi_pada, u1, u2, u3, u4, u5, u6, u7, u8, u9)
                VALUES ('SETDA', ?, ?, 3, 3, 3, 4, 4, 4, 4, 4)""")
            .params(LocalDateTime.of(YEAR, 3, 1 + i, 10, 0), i < 10 ? 3 : 2).update();
      }
    }

    String page = page(YEAR);
    assertThat(page).contains("<td>2,77</td>").doesNotContain("2.7692").doesNotContain("2.77");
    Matcher ikm = Pattern.compile("id=\"ikm-tahunan\">([^<]+)<").matcher(page);
    assertThat(ikm.find()).isTrue();
    assertThat(ikm.group(1)).matches("\\d{2,3},\\d{2}");
    assertThat(page).doesNotContain(">JSON<").doesNotContain("/api/publik");
    // nothing before that year: no link back into the void
    assertThat(PREVIOUS.matcher(page).find()).isFalse();
    Matcher next = NEXT.matcher(page);
    assertThat(next.find()).as("a later year is offered").isTrue();
    assertThat(Integer.parseInt(next.group(1))).isGreaterThan(YEAR + 1);

    // an empty year in between points back to the year that has results, not to the empty one before it
    String empty = page(YEAR + 2);
    Matcher previous = PREVIOUS.matcher(empty);
    assertThat(previous.find()).isTrue();
    assertThat(previous.group(1)).isEqualTo(String.valueOf(YEAR));
    assertThat(empty).contains("← hasil tahun " + YEAR);
  }
}
