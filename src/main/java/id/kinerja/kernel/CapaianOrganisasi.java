package id.kinerja.kernel;

import java.util.Arrays;
import java.util.Optional;

/** Capaian kinerja organisasi: a unit's own result of the year (SE MenPANRB 3/2023). */
public enum CapaianOrganisasi {
  ISTIMEWA("Istimewa"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  CapaianOrganisasi(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<CapaianOrganisasi> parse(String value) {
    return value == null ? Optional.empty()
        : Arrays.stream(values()).filter(c -> c.name().equals(value.strip().toUpperCase())).findFirst();
  }
}
