package id.kinerja.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The organisation file: one row per employee, with their unit and the NIP of their supervisor.
 * Read here from CSV, by {@link OrganisationXlsx} from Excel; both give the same rows. The import
 * page describes the columns from {@link OrganisationColumns}; src/docs/organisation-csv.md too.
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

  /** Every column, in the order of the templates; what each holds is {@link OrganisationColumns#ALL}. */
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
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      List<Line> lines = new ArrayList<>();
      int[] lineStarts = lineStarts(text);
      for (CSVRecord record : parser) {
        if (lines.size() >= OrganisationColumns.MAX_ROWS) {
          return tooManyRows();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), record.get(i));
        }
        lines.add(new Line(lineOf(record.getCharacterPosition(), lineStarts), values));
      }
      return fromTable(header, lines);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return new Parsed(List.of(), List.of(new ImportError(0, null, "file CSV tidak dapat dibaca: " + e.getMessage())));
    }
  }

  /** One data line of a file of either format: its line number and its values by lower-case column name. */
  record Line(int number, Map<String, String> values) {}

  static Parsed tooManyRows() {
    return new Parsed(List.of(), List.of(new ImportError(0, null,
        "file berisi lebih dari " + OrganisationColumns.MAX_ROWS + " baris pegawai; bagi menjadi beberapa file")));
  }

  /**
   * The rows of a file read as a header and lines (CSV or Excel): every column of
   * {@link OrganisationColumns#ALL} must be in the header, in any order and case.
   */
  static Parsed fromTable(List<String> headerAsWritten, List<Line> lines) {
    List<String> header = headerAsWritten.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
    List<ImportError> errors = new ArrayList<>();
    for (String column : COLUMNS) {
      if (!header.contains(column)) {
        errors.add(new ImportError(1, column, "kolom '" + column + "' tidak ada di baris judul"));
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    List<Row> rows = new ArrayList<>();
    for (Line line : lines) {
      if (line.values().values().stream().allMatch(v -> v == null || v.isBlank())) {
        continue;
      }
      rows.add(new Row(line.number(), value(line, NIP), value(line, NAMA), value(line, STATUS),
          value(line, JABATAN), value(line, JENIS_JABATAN), value(line, UNIT_KODE),
          value(line, UNIT_NAMA), value(line, UNIT_INDUK_KODE), value(line, INSTANSI_KODE),
          value(line, INSTANSI_NAMA), value(line, EMAIL), value(line, NIP_ATASAN),
          value(line, KEPALA_UNIT)));
    }
    if (rows.isEmpty()) {
      errors.add(new ImportError(FIRST_DATA_LINE, null, "file tidak berisi data pegawai"));
    }
    return new Parsed(rows, errors);
  }

  private static String value(Line line, String column) {
    String value = line.values().get(column);
    return value == null || value.isBlank() ? null : value.strip();
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
