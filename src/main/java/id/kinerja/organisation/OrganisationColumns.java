package id.kinerja.organisation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of the organisation file, for CSV and Excel alike: what the reader requires in the
 * header, what {@link ImportPlanner} checks in each value, and what the import page and the
 * templates tell the operator, all from this one list.
 */
final class OrganisationColumns {

  /** Letters, digits, '.', '_' and '-', at most 32: unit and agency codes. */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
  static final Set<String> STATUSES = Set.of("PNS", "PPPK");
  static final Set<String> KINDS = Set.of("STRUKTURAL", "FUNGSIONAL", "PELAKSANA");
  /** Longest name, position or unit name. */
  static final int MAX_TEXT = 200;
  /** More rows than any agency has: a file beyond it is refused before it is checked. */
  static final int MAX_ROWS = 200_000;

  /**
   * @param rule what a value must be, as the importer checks it, in the operator's words
   */
  record Column(String name, boolean required, String meaning, String rule, String example) {}

  static final List<Column> ALL = List.of(
      new Column(OrganisationCsv.NIP, true, "NIP atau NI PPPK pegawai",
          "18 angka (spasi boleh): tanggal lahir yyyymmdd yang sah, bulan pengangkatan yyyymm (tidak sebelum bulan lahir), "
              + "jenis kelamin 1 atau 2, nomor urut 001–999; tidak boleh ganda dalam file", "198506152010012009"),
      new Column(OrganisationCsv.NAMA, true, "nama lengkap dengan gelar", "paling banyak " + MAX_TEXT + " karakter",
          "Yuni Astuti, S.Psi."),
      new Column(OrganisationCsv.STATUS, true, "status kepegawaian", "PNS atau PPPK (huruf besar atau kecil)", "PNS"),
      new Column(OrganisationCsv.JABATAN, true, "nama jabatan",
          "paling banyak " + MAX_TEXT + " karakter; jabatan yang sama ditulis sama di setiap baris", "Analis SDM Aparatur Ahli Muda"),
      new Column(OrganisationCsv.JENIS_JABATAN, true, "jenis jabatan",
          "struktural, fungsional atau pelaksana (huruf besar atau kecil); sama untuk setiap baris jabatan itu", "fungsional"),
      new Column(OrganisationCsv.UNIT_KODE, true, "kode unit kerja pegawai",
          "huruf, angka, titik, garis bawah atau tanda hubung, paling banyak 32", "BKPSDM"),
      new Column(OrganisationCsv.UNIT_NAMA, true, "nama unit kerja itu",
          "paling banyak " + MAX_TEXT + " karakter; sama di setiap baris unit itu", "Badan Kepegawaian dan Pengembangan SDM"),
      new Column(OrganisationCsv.UNIT_INDUK_KODE, false, "kode unit induk; kosong untuk unit teratas",
          "kode seperti unit_kode; unit induk ada di file atau sudah tersimpan; tanpa lingkaran", "SETDA"),
      new Column(OrganisationCsv.INSTANSI_KODE, true, "kode instansi",
          "huruf, angka, titik, garis bawah atau tanda hubung, paling banyak 32", "PEMKAB-SUKAMAJU"),
      new Column(OrganisationCsv.INSTANSI_NAMA, true, "nama instansi", "sama di setiap baris instansi itu",
          "Pemerintah Kabupaten Sukamaju"),
      new Column(OrganisationCsv.EMAIL, false, "alamat surel", "alamat surel yang sah, paling banyak 254 karakter",
          "yuni.astuti@sukamaju.example"),
      new Column(OrganisationCsv.NIP_ATASAN, false, "NIP atasan langsung; kosong hanya untuk kepala instansi",
          "NIP yang sah, bukan NIP pegawai itu sendiri; atasan ada di file atau sudah tersimpan dan aktif; tanpa lingkaran",
          "197212121998031008"),
      new Column(OrganisationCsv.KEPALA_UNIT, false, "apakah pegawai ini kepala unit_kode",
          "Y (ya) atau N (tidak) atau kosong; satu kepala per unit", "N"));

  private OrganisationColumns() {}

  static List<String> names() {
    return ALL.stream().map(Column::name).toList();
  }
}
