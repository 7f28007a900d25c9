package id.kinerja.pegawai;

/** The kinds of change the audit records; the code is stored, the label is what the page shows. */
enum JenisPerubahan {
  MUTASI("Mutasi"),
  KELUAR("Keluar dari instansi"),
  BARU("Pegawai baru"),
  JABATAN("Ganti jabatan");

  private final String label;

  JenisPerubahan(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static String labelOf(String code) {
    for (JenisPerubahan jenis : values()) {
      if (jenis.name().equals(code)) {
        return jenis.label;
      }
    }
    return code;
  }
}
