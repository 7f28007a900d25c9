package id.kinerja.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NipTest {

  @Test
  void aWellFormedNip_isValid() {
    assertThat(Nip.problemOf("198506152010012009")).isEmpty();
  }

  @Test
  void spacesAsPeopleWriteThem_areIgnored() {
    assertThat(Nip.problemOf("19850615 201001 2 009")).isEmpty();
    assertThat(Nip.normalise("19850615 201001 2 009")).isEqualTo("198506152010012009");
  }

  @Test
  void missingOrWrongLength_isRefused() {
    assertThat(Nip.problemOf(null)).contains("NIP kosong");
    assertThat(Nip.problemOf("")).contains("NIP kosong");
    assertThat(Nip.problemOf("19850615201001200")).get().asString().contains("18 angka");
    assertThat(Nip.problemOf("1985061520100120091")).get().asString().contains("18 angka");
  }

  @Test
  void lettersInside_areRefused() {
    assertThat(Nip.problemOf("19850615201001200A")).get().asString().contains("18 angka");
  }

  @Test
  void birthDateThatIsNotARealDate_isRefused() {
    assertThat(Nip.problemOf("198502302010012009")).get().asString().contains("tanggal lahir 19850230");
    assertThat(Nip.problemOf("198513012010012009")).get().asString().contains("tanggal lahir");
  }

  @Test
  void leapDay_isARealBirthDate() {
    assertThat(Nip.problemOf("198802292010012009")).isEmpty();
    assertThat(Nip.problemOf("198702292010012009")).get().asString().contains("tanggal lahir");
  }

  @Test
  void appointmentMonthThatDoesNotExist_isRefused() {
    assertThat(Nip.problemOf("198506152010132009")).get().asString().contains("TMT pengangkatan 201013");
    assertThat(Nip.problemOf("198506152010002009")).get().asString().contains("TMT pengangkatan");
  }

  @Test
  void appointmentBeforeBirth_isRefused() {
    assertThat(Nip.problemOf("198506152010012009")).isEmpty();
    assertThat(Nip.problemOf("198506151985052009")).get().asString().contains("lebih awal dari tanggal lahir");
    assertThat(Nip.problemOf("198506151985062009")).isEmpty(); // same month is not before
  }

  @Test
  void sexDigitOtherThanOneOrTwo_isRefused() {
    assertThat(Nip.problemOf("198506152010013009")).get().asString().contains("jenis kelamin");
    assertThat(Nip.problemOf("198506152010010009")).get().asString().contains("jenis kelamin");
  }

  @Test
  void serialZero_isRefused() {
    assertThat(Nip.problemOf("198506152010012000")).get().asString().contains("nomor urut");
    assertThat(Nip.problemOf("198506152010012001")).isEmpty();
  }

  @Test
  void aNipValue_isNormalised_andEqualToTheSameNipWrittenWithSpaces() {
    assertThat(new Nip("19850615 201001 2 009").value()).isEqualTo("198506152010012009");
    assertThat(Nip.of("19850615 201001 2 009")).isEqualTo(Nip.of("198506152010012009"));
    assertThat(Nip.of("198506152010012009")).hasToString("198506152010012009");
  }

  @Test
  void aNipValue_cannotHoldSomethingElse_andSaysWhy() {
    assertThatThrownBy(() -> Nip.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("NIP kosong");
    assertThatThrownBy(() -> Nip.of("  ")).isInstanceOf(IllegalArgumentException.class).hasMessage("NIP kosong");
    assertThatThrownBy(() -> Nip.of("admin")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18 angka");
    assertThatThrownBy(() -> Nip.of("198502302010012009")).hasMessageContaining("tanggal lahir");
  }

  @Test
  void parse_givesNothingForWhatIsNotANip() {
    assertThat(Nip.parse("bkpsdm")).isEmpty();
    assertThat(Nip.parse("19850615 201001 2 009")).contains(Nip.of("198506152010012009"));
  }
}
