package id.kinerja.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The organisation file: one row per employee, with their unit and the NIP of their supervisor.
 * The format is documented for BKPSDM operators in src/docs/organisation-csv.md; keep both in step.
 */
final class OrganisationCsv {

  static final String NIP = "nip";
  static final String NAMA = "nama";
  static final String STATUS = "status";
  static final String JABATAN = "jabatan";
  static final String JENIS_JABATAN = "jenis_jabatan";
  static final String UNIT_KODE = "unit_kode";
  static final String UNIT_NAMA = "unit_nama";
  static final String UNIT_INDUK_KODE = "unit_induk_kode";
  static final String INSTANSI_KODE = "instansi_kode";
  static final String INSTANSI_NAMA = "instansi_nama";
  static final String EMAIL = "email";
  static final String NIP_ATASAN = "nip_atasan";
  static final String KEPALA_UNIT = "kepala_unit";

  static final List<String> COLUMNS = List.of(NIP, NAMA, STATUS, JABATAN, JENIS_JABATAN, UNIT_KODE,
      UNIT_NAMA, UNIT_INDUK_KODE, INSTANSI_KODE, INSTANSI_NAMA, EMAIL, NIP_ATASAN, KEPALA_UNIT);

  /** Rows are numbered like lines in a spreadsheet: the header is line 1, the first employee line 2. */
  static final int FIRST_DATA_LINE = 2;

  /** One data line, every value trimmed; empty optional values are null. */
  record Row(int line, String nip, String nama, String status, String jabatan, String jenisJabatan,
      String unitKode, String unitNama, String unitIndukKode, String instansiKode, String instansiNama,
      String email, String nipAtasan, String kepalaUnit) {}

  record Parsed(List<Row> rows, List<ImportError> errors) {}

  private OrganisationCsv() {}

  static Parsed parse(Reader reader) {
    String text = readAll(reader);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // Excel writes a byte order mark before UTF-8 CSV
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiterOf(text))
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .setAllowMissingColumnNames(true)
        .get();
    List<Row> rows = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      for (String column : COLUMNS) {
        if (!header.contains(column)) {
          errors.add(new ImportError(1, column, "kolom '" + column + "' tidak ada di baris judul"));
        }
      }
      if (!errors.isEmpty()) {
        return new Parsed(rows, errors);
      }
      int[] lineStarts = lineStarts(text);
      for (CSVRecord record : parser) {
        int line = lineOf(record.getCharacterPosition(), lineStarts);
        rows.add(new Row(line, value(record, NIP), value(record, NAMA), value(record, STATUS),
            value(record, JABATAN), value(record, JENIS_JABATAN), value(record, UNIT_KODE),
            value(record, UNIT_NAMA), value(record, UNIT_INDUK_KODE), value(record, INSTANSI_KODE),
            value(record, INSTANSI_NAMA), value(record, EMAIL), value(record, NIP_ATASAN),
            value(record, KEPALA_UNIT)));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      errors.add(new ImportError(0, null, "file CSV tidak dapat dibaca: " + e.getMessage()));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new ImportError(FIRST_DATA_LINE, null, "file tidak berisi data pegawai"));
    }
    return new Parsed(rows, errors);
  }

  /** Spreadsheets set to Indonesian write ';' between values, because ',' is the decimal mark. */
  static char delimiterOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** 1-based line of a character position, as an editor or spreadsheet numbers lines. */
  private static int lineOf(long position, int[] lineStarts) {
    int found = java.util.Arrays.binarySearch(lineStarts, (int) position);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  private static String value(CSVRecord record, String column) {
    // the header was checked case-insensitively; look the column up the same way
    String name = record.isMapped(column) ? column : record.getParser().getHeaderNames().stream()
        .filter(h -> h.equalsIgnoreCase(column)).findFirst().orElse(column);
    if (!record.isSet(name)) {
      return null;
    }
    String value = record.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String readAll(Reader reader) {
    try {
      var out = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
