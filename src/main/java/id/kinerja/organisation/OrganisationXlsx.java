package id.kinerja.organisation;

import id.kinerja.organisation.OrganisationCsv.Line;
import id.kinerja.organisation.OrganisationCsv.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The organisation file as an Excel workbook (.xlsx), as agencies get their staff lists from SIASN:
 * the first sheet (or the one named {@value #SHEET}), its first row the column names, the same
 * columns and checks as the CSV. The sheet is read as a stream of rows.
 */
final class OrganisationXlsx {

  static final String SHEET = "Pegawai";
  private static final Set<String> NIP_COLUMNS = Set.of(OrganisationCsv.NIP, OrganisationCsv.NIP_ATASAN);

  private OrganisationXlsx() {}

  /** Whether these first bytes are those of a zip container (xlsx), not text. */
  static boolean looksLikeXlsx(byte[] start) {
    return start.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(start);
  }

  static Parsed parse(InputStream in) {
    List<ImportError> cellErrors = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = workbook.findSheet(SHEET).orElseGet(workbook::getFirstSheet);
      try (Stream<Row> stream = sheet.openStream()) {
        Iterator<Row> rows = stream.iterator();
        List<String> header = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        while (rows.hasNext()) {
          Row row = rows.next();
          if (header.isEmpty()) {
            if (row.getCellCount() == 0 || row.getFirstNonEmptyCell().isEmpty()) {
              continue;
            }
            for (int i = 0; i < row.getCellCount(); i++) {
              header.add(text(row.getCell(i)).toLowerCase(Locale.ROOT));
            }
            if (row.getRowNum() != 1) {
              return new Parsed(List.of(), List.of(new ImportError(row.getRowNum(), null,
                  "baris judul (nama kolom) harus di baris 1 lembar kerja, bukan di baris " + row.getRowNum())));
            }
            continue;
          }
          if (lines.size() >= OrganisationColumns.MAX_ROWS) {
            return OrganisationCsv.tooManyRows();
          }
          Map<String, String> values = new HashMap<>();
          for (int i = 0; i < header.size() && i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            String column = header.get(i);
            if (cell != null && cell.getType() == CellType.NUMBER && NIP_COLUMNS.contains(column)) {
              cellErrors.add(new ImportError(row.getRowNum(), column, "NIP tersimpan sebagai angka di Excel, sehingga "
                  + "digit terakhirnya bisa hilang; format kolom " + column + " sebagai Teks lalu ketik ulang NIP-nya"));
            }
            values.putIfAbsent(column, text(cell));
          }
          lines.add(new Line(row.getRowNum(), values));
        }
        Parsed parsed = OrganisationCsv.fromTable(header, lines);
        if (cellErrors.isEmpty()) {
          return parsed;
        }
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(cellErrors);
        return new Parsed(parsed.rows(), errors);
      }
    } catch (IOException | RuntimeException e) {
      // a damaged file, a password-protected one, an old .xls renamed: the operator's mistake, not ours
      return new Parsed(List.of(), List.of(new ImportError(0, null,
          "file Excel tidak dapat dibaca (simpan sebagai .xlsx dari Excel atau LibreOffice, tanpa kata sandi)")));
    }
  }

  /** A cell as the operator sees it: text as written, a whole number without ".0" or an exponent. */
  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal number = cell.asNumber();
      return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return Boolean.TRUE.equals(cell.asBoolean()) ? "Y" : "N";
    }
    String text = cell.getText();
    return text == null ? "" : text.strip();
  }

  /**
   * The template: the sheet {@value #SHEET} with the column names (as text columns, so NIPs keep
   * their 18 digits), and a sheet "Petunjuk" describing every column as the importer checks it.
   */
  static void writeTemplate(OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Kinerja", "1.0");
      Worksheet sheet = workbook.newWorksheet(SHEET);
      List<OrganisationColumns.Column> columns = OrganisationColumns.ALL;
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c).name());
        sheet.style(0, c).bold().fillColor("DDE6F0").set();
        // "@" is Excel's text format: what the operator types stays as typed
        sheet.range(1, c, 1000, c).style().format("@").set();
        sheet.width(c, Math.max(14, columns.get(c).name().length() + 4));
      }
      sheet.freezePane(0, 1);
      Worksheet help = workbook.newWorksheet("Petunjuk");
      String[] head = {"Kolom", "Wajib", "Isi", "Aturan", "Contoh"};
      for (int c = 0; c < head.length; c++) {
        help.value(0, c, head[c]);
        help.style(0, c).bold().set();
      }
      for (int r = 0; r < columns.size(); r++) {
        OrganisationColumns.Column column = columns.get(r);
        help.value(r + 1, 0, column.name());
        help.value(r + 1, 1, column.required() ? "ya" : "tidak");
        help.value(r + 1, 2, column.meaning());
        help.value(r + 1, 3, column.rule());
        help.value(r + 1, 4, column.example());
      }
      help.width(0, 18);
      help.width(2, 40);
      help.width(3, 80);
      help.width(4, 30);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
