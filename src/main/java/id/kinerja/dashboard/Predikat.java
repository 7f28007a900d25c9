package id.kinerja.dashboard;

import java.util.Arrays;

/** The five predikat codes stored in the product's tables, in the matrix's order, with their words. */
enum Predikat {
  SANGAT_BAIK("Sangat Baik", "#2e7d32"),
  BAIK("Baik", "#7cb342"),
  BUTUH_PERBAIKAN("Butuh Perbaikan", "#fbc02d"),
  KURANG_MISCONDUCT("Kurang/Misconduct", "#ef6c00"),
  SANGAT_KURANG("Sangat Kurang", "#c62828");

  private final String label;
  private final String warna;

  Predikat(String label, String warna) {
    this.label = label;
    this.warna = warna;
  }

  public String label() {
    return label;
  }

  public String warna() {
    return warna;
  }

  static String labelOf(String code) {
    if (code == null) {
      return null;
    }
    return Arrays.stream(values()).filter(p -> p.name().equals(code)).map(Predikat::label).findFirst().orElse(code);
  }

  /** Ratings (hasil kerja, perilaku kerja) in words. */
  static String ratingLabel(String rating) {
    if (rating == null) {
      return null;
    }
    return switch (rating) {
      case "DI_ATAS" -> "Di Atas Ekspektasi";
      case "SESUAI" -> "Sesuai Ekspektasi";
      case "DI_BAWAH" -> "Di Bawah Ekspektasi";
      default -> rating;
    };
  }
}
