package id.kinerja.organisation;

/** The import scenarios on the embedded H2 database of the test profile. */
class OrganisationImportTest extends OrganisationImportScenarios {}
