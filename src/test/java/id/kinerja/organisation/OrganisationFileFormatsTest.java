package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * CSV and Excel are the same file to the importer, and the column description the import page shows
 * ({@link OrganisationColumns}) is exactly what the importer checks: each column it calls required
 * is refused when empty, naming that column; each it calls optional may be empty.
 */
class OrganisationFileFormatsTest {

  /** The sample organisation as an .xlsx sheet, every value a text cell, as the template has it. */
  static byte[] xlsxOf(String csv) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Pegawai");
    String[] lines = csv.split("\r?\n");
    for (int r = 0; r < lines.length; r++) {
      List<String> cells = cells(lines[r]);
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isEmpty()) {
          sheet.value(r, c, cells.get(c));
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }

  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void excelAndCsv_giveTheSameRows() throws IOException {
    String csv = OrganisationFiles.sample();
    OrganisationCsv.Parsed fromCsv = OrganisationImport.read(csv.getBytes(StandardCharsets.UTF_8));
    OrganisationCsv.Parsed fromXlsx = OrganisationImport.read(xlsxOf(csv));
    assertThat(fromCsv.errors()).isEmpty();
    assertThat(fromXlsx.errors()).isEmpty();
    assertThat(fromXlsx.rows()).hasSize(OrganisationFiles.SAMPLE_EMPLOYEES).isEqualTo(fromCsv.rows());
  }

  @Test
  void excelWithABadValue_namesItsSpreadsheetRowAndColumn() throws IOException {
    String broken = OrganisationFiles.sampleWith(4, "status", "HONORER");
    OrganisationCsv.Parsed parsed = OrganisationImport.read(xlsxOf(broken));
    assertThatThrownBy(() -> ImportPlanner.plan(parsed.rows(), ImportPlanner.Snapshot.empty()))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
            .extracting(ImportError::row, ImportError::column).containsExactly(org.assertj.core.groups.Tuple.tuple(4, "status")));
  }

  @Test
  void aNipTypedAsANumberInExcel_isRefusedWithTheReason() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Pegawai");
    List<String> header = OrganisationCsv.COLUMNS;
    List<String> row = cells(OrganisationFiles.lineOf(2));
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      if (header.get(c).equals("nip")) {
        sheet.value(1, c, Double.parseDouble(row.get(c)));
      } else if (!row.get(c).isEmpty()) {
        sheet.value(1, c, row.get(c));
      }
    }
    workbook.finish();
    OrganisationCsv.Parsed parsed = OrganisationImport.read(out.toByteArray());
    assertThat(parsed.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("nip");
      assertThat(e.reason()).contains("Teks");
    });
  }

  @Test
  void notASpreadsheetAtAll_isAnsweredInWords() {
    byte[] zipButNotExcel = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
    assertThat(OrganisationImport.read(zipButNotExcel).errors()).singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("file Excel tidak dapat dibaca"));
  }

  @Test
  void everyColumnThePageCallsRequired_isRefusedWhenEmpty_namingIt() {
    for (OrganisationColumns.Column column : OrganisationColumns.ALL) {
      if (!column.required()) {
        continue;
      }
      String csv = OrganisationFiles.sampleWith(8, column.name(), "");
      List<ImportError> errors = errorsOf(csv);
      assertThat(errors).as("%s emptied on line 8", column.name())
          .anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(8);
            assertThat(e.column()).isEqualTo(column.name());
          });
    }
  }

  @Test
  void everyColumnThePageCallsOptional_mayBeEmpty() {
    for (OrganisationColumns.Column column : OrganisationColumns.ALL) {
      if (column.required()) {
        continue;
      }
      // emptied on every line, so that a unit described on several lines stays described alike
      String csv = emptiedEverywhere(OrganisationFiles.sample(), column.name());
      assertThat(errorsOf(csv)).as("%s empty everywhere", column.name()).isEmpty();
    }
  }

  @Test
  void theHeaderMustNameEveryColumnThePageLists() {
    assertThat(OrganisationColumns.names()).containsExactlyElementsOf(OrganisationCsv.COLUMNS);
    for (String column : OrganisationColumns.names()) {
      String csv = OrganisationFiles.sample().replaceFirst("(?m)^(.*?)\\b" + column + "\\b", "$1x_" + column);
      assertThat(OrganisationCsv.parse(new StringReader(csv)).errors())
          .anySatisfy(e -> assertThat(e.column()).isEqualTo(column));
    }
  }

  private static List<ImportError> errorsOf(String csv) {
    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(new StringReader(csv));
    if (!parsed.errors().isEmpty()) {
      return parsed.errors();
    }
    try {
      ImportPlanner.plan(parsed.rows(), ImportPlanner.Snapshot.empty());
      return List.of();
    } catch (ImportRejectedException e) {
      return e.errors();
    }
  }

  private static String emptiedEverywhere(String csv, String column) {
    List<String> lines = Arrays.asList(csv.split("\n"));
    int index = Arrays.asList(lines.get(0).split(",")).indexOf(column);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      cells.set(index, "");
      out.add(cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).collect(Collectors.joining(",")));
    }
    return String.join("\n", out) + "\n";
  }
}
