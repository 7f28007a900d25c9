package id.kinerja.organisation;

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

  OrganisationImport(OrganisationRepository repository, EmployeeIdentities identities,
      org.springframework.context.ApplicationEventPublisher events) {
    this.repository = repository;
    this.identities = identities;
    this.events = events;
  }

  /** New users get a random password that must be changed at first login. */
  @Transactional
  public ImportSummary importCsv(Reader csv) {
    return importCsv(csv, InitialPasswords.RANDOM_MUST_CHANGE);
  }

  @Transactional
  ImportSummary importCsv(Reader csv, InitialPasswords passwords) {
    long start = System.nanoTime();
    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(csv);
    if (!parsed.errors().isEmpty()) {
      throw new ImportRejectedException(parsed.errors());
    }
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
