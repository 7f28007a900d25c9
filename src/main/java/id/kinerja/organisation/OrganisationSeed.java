package id.kinerja.organisation;

import java.io.Reader;
import org.springframework.stereotype.Component;

/**
 * What the embedded demo (the {@code demo} room) may do to the organisation beyond what an operator
 * does: import with the demo's known password, put people into groups, name the agency head's
 * appraiser. Nothing else outside this room writes its tables.
 */
@Component
public class OrganisationSeed {

  private final OrganisationImport organisationImport;
  private final EmployeeIdentities identities;
  private final OrganisationRepository repository;

  OrganisationSeed(OrganisationImport organisationImport, EmployeeIdentities identities,
      OrganisationRepository repository) {
    this.organisationImport = organisationImport;
    this.identities = identities;
    this.repository = repository;
  }

  /** The same import an operator runs, with the password "demo" for everyone it creates. */
  public ImportSummary importWithDemoPasswords(Reader csv) {
    return organisationImport.importCsv(csv, InitialPasswords.DEMO);
  }

  public void addToGroupIfMissing(String userId, String group) {
    identities.addToGroupIfMissing(userId, group);
  }

  /** Names who appraises the agency head, unless BKPSDM has already named somebody. */
  public void headAppraiserIfUnset(String official) {
    if (repository.setting(OrganisationLookup.HEAD_APPRAISER_SETTING).isEmpty()) {
      repository.saveSetting(OrganisationLookup.HEAD_APPRAISER_SETTING, official);
    }
  }
}
