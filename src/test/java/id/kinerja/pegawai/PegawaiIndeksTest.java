package id.kinerja.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What an employee is found by, and the prefix ranges the search asks the databases for. */
class PegawaiIndeksTest {

  @Test
  void anEmployeeIsFoundByEveryWordOfNamePositionAndUnit_andByTheNipAsItIsWritten() {
    var tokens = PegawaiIndeks.tokens("198506152010012009", "Yuni Astuti, S.Psi.", "Analis SDM Aparatur Ahli Muda",
        "Badan Kepegawaian dan Pengembangan SDM", "BKPSDM");
    assertThat(tokens).contains("yuni", "astuti", "psi", "analis", "sdm", "muda", "kepegawaian", "bkpsdm",
        "198506152010012009", "19850615", "201001", "2009", "009");
  }

  @Test
  void typedTextIsSplitLikeTheIndex_lowerCaseWithoutDiacriticsOrPunctuation() {
    assertThat(PegawaiIndeks.words("  Désy  O'Neil, S.Kom. 19850615 201001")).containsExactly("desy", "o", "neil", "s",
        "kom", "19850615", "201001");
    assertThat(PegawaiIndeks.words("%_%")).isEmpty();
  }

  @Test
  void thePrefixRange_holdsExactlyTheWordsStartingWithThePrefix() {
    assertThat(PegawaiIndeks.upperBound("rud")).isEqualTo("rue");
    assertThat(PegawaiIndeks.upperBound("ruz")).isEqualTo("rv");
    assertThat(PegawaiIndeks.upperBound("19")).isEqualTo("1a");
    assertThat(PegawaiIndeks.upperBound("zz")).isNull();
    var words = new TreeSet<>(List.of("ru", "rud", "rudi", "rudy", "ruz", "ruzz", "rv", "rua", "rt", "r9", "s"));
    for (String prefix : List.of("ru", "rud", "ruz", "r", "r9")) {
      String upper = PegawaiIndeks.upperBound(prefix);
      var inRange = upper == null ? words.tailSet(prefix, true) : words.subSet(prefix, true, upper, false);
      assertThat(inRange).as(prefix).allMatch(w -> w.startsWith(prefix));
      assertThat(words.stream().filter(w -> w.startsWith(prefix))).as(prefix).allMatch(inRange::contains);
    }
  }
}
