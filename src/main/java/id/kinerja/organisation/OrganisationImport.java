package id.kinerja.organisation;

import id.kinerja.kernel.Nip;
import id.kinerja.organisation.ImportSummary.InitialPassword;
import java.io.Reader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organisation file: all or nothing, and idempotent. The file is checked completely
 * before anything is written; then the organisation tables and Camunda's users and groups change
 * in one transaction.
 */
@Service
public class OrganisationImport {

  private static final Logger log = LoggerFactory.getLogger(OrganisationImport.class);

  /**
   * Published inside the import's transaction once the tables are written: the employees created or
   * changed, and the units created or changed (whose employees' unit name may have changed with them).
   */
  public record Imported(java.util.Set<String> nips, java.util.Set<String> unitCodes) {}

  private final OrganisationRepository repository;
  private final EmployeeIdentities identities;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final ImportDrafts drafts;

  OrganisationImport(OrganisationRepository repository, EmployeeIdentities identities,
      org.springframework.context.ApplicationEventPublisher events, ImportDrafts drafts) {
    this.repository = repository;
    this.identities = identities;
    this.events = events;
    this.drafts = drafts;
  }

  /**
   * Reads an uploaded organisation file, CSV or Excel (.xlsx, told apart by its content, not its
   * name): the same columns and checks for both.
   */
  static OrganisationCsv.Parsed read(byte[] content) {
    if (OrganisationXlsx.looksLikeXlsx(content)) {
      return OrganisationXlsx.parse(new java.io.ByteArrayInputStream(content));
    }
    return OrganisationCsv.parse(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(content),
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * What importing the file would do, without writing anything to the organisation; an accepted
   * file is kept as a draft for {@code operator} to confirm ({@link #confirm}).
   */
  @Transactional
  public ImportPreview preview(String fileName, byte[] content, String operator) {
    OrganisationCsv.Parsed parsed = read(content);
    String name = fileName == null || fileName.isBlank() ? "organisasi" : fileName.strip();
    name = name.length() > 200 ? name.substring(0, 200) : name;
    int rows = parsed.rows().size();
    if (parsed.rows().isEmpty() || parsed.errors().stream().anyMatch(e -> e.row() <= 1)) {
      return ImportPreview.rejected(name, rows, parsed.errors());
    }
    ImportPlanner.Snapshot stored = repository.snapshot();
    ImportPlanner.Plan plan;
    try {
      plan = ImportPlanner.plan(parsed.rows(), stored);
    } catch (ImportRejectedException e) {
      List<ImportError> all = new java.util.ArrayList<>(parsed.errors());
      all.addAll(e.errors());
      all.sort(java.util.Comparator.comparingInt(ImportError::row));
      return ImportPreview.rejected(name, rows, all);
    }
    if (!parsed.errors().isEmpty()) {
      return ImportPreview.rejected(name, rows, parsed.errors());
    }
    java.util.Map<String, Integer> lineOf = new java.util.HashMap<>();
    parsed.rows().forEach(r -> lineOf.putIfAbsent(Nip.normalise(r.nip()), r.line()));
    List<ImportPreview.Change> created = plan.employeesToInsert().stream().limit(ImportPreview.SHOWN)
        .map(e -> new ImportPreview.Change(lineOf.getOrDefault(e.nip(), 0), e.nip(), e.name(), List.of())).toList();
    List<ImportPreview.Change> changed = plan.employeesToUpdate().stream().limit(ImportPreview.SHOWN)
        .map(e -> new ImportPreview.Change(lineOf.getOrDefault(e.nip(), 0), e.nip(), e.name(),
            differences(stored.employees().get(e.nip()), e)))
        .toList();
    String draft = drafts.save(operator, name, content);
    return new ImportPreview(draft, name, rows, plan.employeesToInsert().size(), created,
        plan.employeesToUpdate().size(), changed, plan.unchanged(), plan.unitsToInsert().size(),
        plan.unitsToUpdate().size(), List.of());
  }

  /** The operator's previewed file, imported; its draft is gone afterwards. */
  @Transactional
  public ImportSummary confirm(String draftId, String operator) {
    ImportDrafts.Draft draft = drafts.find(draftId, operator).orElseThrow(UnknownDraftException::new);
    OrganisationCsv.Parsed parsed = read(draft.content());
    if (!parsed.errors().isEmpty()) {
      throw new ImportRejectedException(parsed.errors());
    }
    ImportSummary summary = importRows(parsed, InitialPasswords.RANDOM_MUST_CHANGE);
    drafts.delete(draftId);
    return summary;
  }

  /** No draft of this id for this operator (imported already, too old, or somebody else's). */
  public static class UnknownDraftException extends RuntimeException {
    UnknownDraftException() {
      super("Pratinjau ini tidak ada lagi (sudah disimpan, kedaluwarsa, atau milik pengguna lain): unggah file sekali lagi.");
    }
  }

  private static List<String> differences(OrganisationRecords.Employee before, OrganisationRecords.Employee after) {
    List<String> what = new java.util.ArrayList<>();
    if (before == null) {
      return what;
    }
    difference(what, "nama", before.name(), after.name());
    difference(what, "status", before.status(), after.status());
    difference(what, "jabatan", before.positionName(), after.positionName());
    difference(what, "unit", before.unitCode(), after.unitCode());
    difference(what, "surel", before.email(), after.email());
    difference(what, "NIP atasan", before.supervisorNip(), after.supervisorNip());
    if (what.isEmpty()) {
      what.add("data unit atau jabatannya");
    }
    return what;
  }

  private static void difference(List<String> what, String field, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      what.add(field + ": " + (before == null ? "(kosong)" : before) + " → " + (after == null ? "(kosong)" : after));
    }
  }

  /** New users get a random password that must be changed at first login. */
  @Transactional
  public ImportSummary importCsv(Reader csv) {
    return importCsv(csv, InitialPasswords.RANDOM_MUST_CHANGE);
  }

  @Transactional
  ImportSummary importCsv(Reader csv, InitialPasswords passwords) {
    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(csv);
    if (!parsed.errors().isEmpty()) {
      throw new ImportRejectedException(parsed.errors());
    }
    return importRows(parsed, passwords);
  }

  private ImportSummary importRows(OrganisationCsv.Parsed parsed, InitialPasswords passwords) {
    long start = System.nanoTime();
    ImportPlanner.Plan plan = ImportPlanner.plan(parsed.rows(), repository.snapshot());
    long checked = System.nanoTime();
    repository.write(plan);
    events.publishEvent(new Imported(
        java.util.stream.Stream.concat(plan.employeesToInsert().stream(), plan.employeesToUpdate().stream())
            .map(OrganisationRecords.Employee::nip).collect(java.util.stream.Collectors.toSet()),
        java.util.stream.Stream.concat(plan.unitsToInsert().stream(), plan.unitsToUpdate().stream())
            .map(OrganisationRecords.Unit::code).collect(java.util.stream.Collectors.toSet())));
    long written = System.nanoTime();
    List<InitialPassword> initialPasswords = identities.sync(plan, passwords);
    long synced = System.nanoTime();
    var summary = new ImportSummary(plan.employeesToInsert().size(), plan.employeesToUpdate().size(),
        plan.unchanged(), plan.unitsToInsert().size(), plan.unitsToUpdate().size(), initialPasswords);
    log.info("Organisation import of {} rows: {} created, {} updated, {} unchanged, {} units created, "
            + "{} units updated in {} ms (checks {} ms, tables {} ms, Camunda users {} ms)", parsed.rows().size(),
        summary.created(), summary.updated(), summary.unchanged(), summary.unitsCreated(), summary.unitsUpdated(),
        millis(start, synced), millis(start, checked), millis(checked, written), millis(written, synced));
    return summary;
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
