package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The file rules that need no database: CSV dialects, units, heads; and the generator's output. */
class ImportPlannerTest {

  private static final String HEADER = String.join(",", OrganisationCsv.COLUMNS);

  @Test
  void spreadsheetExportWithSemicolonsAndByteOrderMark_isRead() {
    String csv = "\uFEFF" + OrganisationFiles.sample().replace(",", ";").replace("\"Ir. Darmawan Saleh; M.T.\"", "\"Ir. Darmawan Saleh, M.T.\"");

    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(new StringReader(csv));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).hasSize(OrganisationFiles.SAMPLE_EMPLOYEES);
    assertThat(parsed.rows().get(0).nama()).isEqualTo("Ir. Darmawan Saleh, M.T.");
    assertThat(parsed.rows().get(0).line()).isEqualTo(2);
  }

  @Test
  void blankLinesInside_doNotShiftTheReportedRow() {
    String csv = OrganisationFiles.sampleWith(4, "nip", "12345").replaceFirst("\n", "\n\n");

    List<ImportError> errors = rejected(csv);

    assertThat(errors).singleElement().extracting(ImportError::row).isEqualTo(5);
  }

  @Test
  void unknownParentUnit_isReported() {
    List<ImportError> errors = rejected(OrganisationFiles.sample().replace(",KC-SETDA,PEMKOT", ",KC-TIDAK-ADA,PEMKOT"));

    assertThat(errors).isNotEmpty().allSatisfy(error -> {
      assertThat(error.column()).isEqualTo("unit_induk_kode");
      assertThat(error.reason()).contains("KC-TIDAK-ADA");
    });
  }

  @Test
  void twoHeadsForOneUnit_isReportedOnTheSecond() {
    List<ImportError> errors = rejected(OrganisationFiles.sampleWith(4, "kepala_unit", "Y"));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(4);
      assertThat(error.column()).isEqualTo("kepala_unit");
      assertThat(error.reason()).contains("baris 3");
    });
  }

  @Test
  void unitDescribedDifferentlyOnTwoRows_isReported() {
    List<ImportError> errors = rejected(OrganisationFiles.sampleWith(5, "unit_nama", "Dinkes"));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(5);
      assertThat(error.reason()).contains("KC-DINKES").contains("baris 3");
    });
  }

  @Test
  void unitTreeLoop_isReported() {
    String csv = OrganisationFiles.sample().replace("KC-SETDA,Sekretariat Daerah Kota Contoh,,", "KC-SETDA,Sekretariat Daerah Kota Contoh,KC-DPU,");

    assertThat(rejected(csv)).anySatisfy(error -> assertThat(error.reason()).contains("susunan unit melingkar"));
  }

  @Test
  void headerOnly_isRefused() {
    assertThat(rejected(HEADER + "\n")).singleElement().extracting(ImportError::reason).asString().contains("tidak berisi");
  }

  @Test
  void generatedOrganisation_isValidWithRealisticSpans() {
    String csv = OrganisationGenerator.generate(2_000, 1L);

    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(new StringReader(csv));
    ImportPlanner.Plan plan = ImportPlanner.plan(parsed.rows(), ImportPlanner.Snapshot.empty());

    assertThat(parsed.errors()).isEmpty();
    assertThat(plan.employeesToInsert()).hasSize(2_000);
    Map<String, Long> span = parsed.rows().stream().filter(r -> r.nipAtasan() != null)
        .collect(Collectors.groupingBy(OrganisationCsv.Row::nipAtasan, Collectors.counting()));
    assertThat(span.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(12));
    assertThat(span.values().stream().filter(n -> n < 5).count()).as("only the last supervisor may be short").isLessThanOrEqualTo(1);
    assertThat(parsed.rows().stream().filter(r -> r.nipAtasan() == null)).hasSize(1);
    assertThat(plan.unitsToInsert().size()).isEqualTo(span.size());
  }

  @Test
  void aUnitClosedOnTheUnitTree_takesNoEmployeesNorSubUnitsFromAFile() {
    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(new StringReader(OrganisationFiles.sample()));
    var closed = new ImportPlanner.Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), java.util.Set.of("KC-SETDA"));

    List<ImportError> errors = catchThrowableOfType(ImportRejectedException.class,
        () -> ImportPlanner.plan(parsed.rows(), closed)).errors();

    assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains("KC-SETDA sudah ditutup"));
  }

  private static List<ImportError> rejected(String csv) {
    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(new StringReader(csv));
    if (!parsed.errors().isEmpty()) {
      return parsed.errors();
    }
    return catchThrowableOfType(ImportRejectedException.class,
        () -> ImportPlanner.plan(parsed.rows(), ImportPlanner.Snapshot.empty())).errors();
  }
}
