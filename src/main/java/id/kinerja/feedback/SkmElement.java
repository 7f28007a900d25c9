package id.kinerja.feedback;

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, PermenPANRB 14/2017, in the order of
 * the official questionnaire; {@link #column()} is the column of table skm_respons.
 */
public enum SkmElement {
  PERSYARATAN("Persyaratan", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?"),
  PROSEDUR("Prosedur", "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"),
  WAKTU("Waktu pelayanan", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"),
  BIAYA("Biaya/tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"),
  PRODUK("Produk spesifikasi jenis pelayanan", "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?"),
  KOMPETENSI("Kompetensi pelaksana", "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?"),
  PERILAKU("Perilaku pelaksana", "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?"),
  SARANA("Sarana dan prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"),
  PENGADUAN("Penanganan pengaduan, saran dan masukan", "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?");

  private final String label;
  private final String question;

  SkmElement(String label, String question) {
    this.label = label;
    this.question = question;
  }

  public String label() {
    return label;
  }

  public String question() {
    return question;
  }

  /** Form field and column name: u1 ... u9. */
  public String column() {
    return "u" + (ordinal() + 1);
  }

  /** Answer labels of the 1-4 scale, as the official questionnaire words them per element. */
  public String answerLabel(int score) {
    return switch (score) {
      case 1 -> "Tidak baik / tidak puas";
      case 2 -> "Kurang baik / kurang puas";
      case 3 -> "Baik / puas";
      case 4 -> "Sangat baik / sangat puas";
      default -> throw new IllegalArgumentException("Nilai SKM di luar skala 1-4: " + score);
    };
  }
}
