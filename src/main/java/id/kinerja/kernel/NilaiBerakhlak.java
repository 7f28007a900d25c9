package id.kinerja.kernel;

/**
 * The seven BerAKHLAK core values on which Perilaku Kerja is rated. Each has its own pair of form
 * fields: {@code perilaku<Suffix>} (the rating) and {@code alasan<Suffix>} (the reason).
 */
public enum NilaiBerakhlak {
  BERORIENTASI_PELAYANAN("BerorientasiPelayanan", "Berorientasi Pelayanan"),
  AKUNTABEL("Akuntabel", "Akuntabel"),
  KOMPETEN("Kompeten", "Kompeten"),
  HARMONIS("Harmonis", "Harmonis"),
  LOYAL("Loyal", "Loyal"),
  ADAPTIF("Adaptif", "Adaptif"),
  KOLABORATIF("Kolaboratif", "Kolaboratif");

  private final String suffix;
  private final String label;

  NilaiBerakhlak(String suffix, String label) {
    this.suffix = suffix;
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String ratingVariable() {
    return "perilaku" + suffix;
  }

  public String reasonVariable() {
    return "alasan" + suffix;
  }

  public static boolean isValid(String name) {
    for (NilaiBerakhlak value : values()) {
      if (value.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
