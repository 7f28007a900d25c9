package id.kinerja.organisation;

import static id.kinerja.organisation.OrganisationFiles.DOKTER;
import static id.kinerja.organisation.OrganisationFiles.KADINKES;
import static id.kinerja.organisation.OrganisationFiles.PERAWAT;
import static id.kinerja.organisation.OrganisationFiles.SAMPLE_EMPLOYEES;
import static id.kinerja.organisation.OrganisationFiles.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kinerja.security.Roles;
import id.kinerja.support.SharedApplicationTest;
import java.io.StringReader;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation import, next to the demo organisation that the test profile loads; run on the
 * embedded database (OrganisationImportTest) and on PostgreSQL (OrganisationImportPostgresTest).
 * Every test rolls back, Camunda's users included: they share the transaction.
 */
@SharedApplicationTest
@Transactional
abstract class OrganisationImportScenarios {

  @Autowired OrganisationImport organisationImport;
  @Autowired OrganisationLookup organisasi;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void goodFile_storesTheOrganisationAndCreatesLogins() {
    ImportSummary summary = importCsv(OrganisationFiles.sample());

    assertThat(summary.created()).isEqualTo(SAMPLE_EMPLOYEES);
    assertThat(summary.updated()).isZero();
    assertThat(summary.unchanged()).isZero();
    assertThat(summary.unitsCreated()).isEqualTo(3);
    assertThat(organisasi.appraiserOf(DOKTER)).isEqualTo(KADINKES);
    assertThat(organisasi.atasanPenilaiOf(DOKTER)).isEqualTo(SEKDA);
    assertThat(organisasi.unitHeadOf("KC-DINKES")).isEqualTo(KADINKES);
    assertThat(organisasi.peersOf(DOKTER)).contains(PERAWAT).doesNotContain(DOKTER, KADINKES);

    User sekda = identityService.createUserQuery().userId(SEKDA).singleResult();
    assertThat(sekda.getFirstName()).isEqualTo("Ir. Darmawan");
    assertThat(sekda.getLastName()).isEqualTo("Saleh, M.T.");
    assertThat(sekda.getEmail()).isEqualTo("darmawan.saleh@contoh.example");
    assertThat(memberIds(Roles.ASN)).contains(SEKDA, KADINKES, DOKTER, PERAWAT);
    assertThat(memberIds(Roles.PEJABAT_PENILAI)).contains(SEKDA, KADINKES).doesNotContain(DOKTER, PERAWAT);

    assertThat(summary.initialPasswords()).hasSize(SAMPLE_EMPLOYEES);
    var dokter = summary.initialPasswords().stream().filter(p -> p.nip().equals(DOKTER)).findFirst().orElseThrow();
    assertThat(dokter.password()).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo("demo");
    assertThat(identityService.checkPassword(DOKTER, dokter.password())).isTrue();
    assertThat(jdbc.queryForObject("SELECT must_change_password FROM employee_account WHERE nip = ?",
        Boolean.class, DOKTER)).isTrue();
  }

  @Test
  void sameFileTwice_secondImportChangesNothing() {
    importCsv(OrganisationFiles.sample());
    String before = tablesAndUsers();

    ImportSummary second = importCsv(OrganisationFiles.sample());

    assertThat(second.created()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.unitsCreated()).isZero();
    assertThat(second.unitsUpdated()).isZero();
    assertThat(second.unchanged()).isEqualTo(SAMPLE_EMPLOYEES);
    assertThat(second.initialPasswords()).isEmpty();
    assertThat(tablesAndUsers()).isEqualTo(before);
  }

  @Test
  void changedName_updatesTheEmployeeAndTheLoginButKeepsThePassword() {
    ImportSummary first = importCsv(OrganisationFiles.sample());
    String password = first.initialPasswords().stream().filter(p -> p.nip().equals(PERAWAT)).findFirst()
        .orElseThrow().password();

    ImportSummary second = importCsv(OrganisationFiles.sampleWith(5, "nama", "Indah Permatasari Putri, S.Kep."));

    assertThat(second.updated()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(SAMPLE_EMPLOYEES - 1);
    assertThat(identityService.createUserQuery().userId(PERAWAT).singleResult().getLastName()).isEqualTo("Putri, S.Kep.");
    assertThat(identityService.checkPassword(PERAWAT, password)).isTrue();
  }

  @Test
  void badNip_isReportedWithRowColumnAndReason_andNothingIsStored() {
    List<ImportError> errors = rejected(OrganisationFiles.sampleWith(4, "nip", "198102302006041003"));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(4);
      assertThat(error.column()).isEqualTo("nip");
      assertThat(error.reason()).contains("tanggal lahir 19810230");
    });
    assertNothingStored();
  }

  @Test
  void unknownSupervisor_isReported() {
    List<ImportError> errors = rejected(OrganisationFiles.sampleWith(5, "nip_atasan", "197001011995031999"));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(5);
      assertThat(error.column()).isEqualTo("nip_atasan");
      assertThat(error.reason()).contains("197001011995031999").contains("tidak ada di file maupun di basis data");
    });
    assertNothingStored();
  }

  @Test
  void supervisorOfStoredEmployee_isAcceptedWithoutBeingInTheFile() {
    String kabanDemo = "197212121998031008";
    ImportSummary summary = importCsv(OrganisationFiles.sampleWith(5, "nip_atasan", kabanDemo));

    assertThat(summary.created()).isEqualTo(SAMPLE_EMPLOYEES);
    assertThat(organisasi.supervisorOf(PERAWAT)).isEqualTo(kabanDemo);
  }

  @Test
  void cycleInTheSupervisorChain_isReportedOnEveryRowOfTheLoop() {
    List<ImportError> errors = rejected(OrganisationFiles.sampleWith(2, "nip_atasan", DOKTER));

    assertThat(errors).extracting(ImportError::row).containsExactly(2, 3, 4);
    assertThat(errors).allSatisfy(error -> {
      assertThat(error.column()).isEqualTo("nip_atasan");
      assertThat(error.reason()).contains("rantai atasan melingkar");
    });
    assertThat(errors.get(0).reason()).contains(SEKDA + " → " + DOKTER + " → " + KADINKES + " → " + SEKDA);
    assertNothingStored();
  }

  @Test
  void cycleThroughStoredEmployees_isReported() {
    String sekdaDemo = "197003151995031001";
    String staffDemo = "198809092012121010"; // reports to the Kepala BKPSDM, who reports to the Sekda
    String sekdaRow = "197003151995031001,\"Dr. Ahmad Suryadi, M.Si.\",PNS,Sekretaris Daerah,STRUKTURAL,SETDA,"
        + "Sekretariat Daerah,,PEMKAB-SUKAMAJU,Pemerintah Kabupaten Sukamaju,ahmad.suryadi@sukamaju.example,"
        + staffDemo + ",Y";

    List<ImportError> errors = rejected(OrganisationFiles.sampleWithExtraLine(sekdaRow));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(10);
      assertThat(error.reason()).contains("melingkar").contains(sekdaDemo).contains(staffDemo);
    });
    assertThat(organisasi.supervisorOf(sekdaDemo)).isNull();
  }

  @Test
  void duplicateNip_isReportedOnTheSecondRow() {
    String copy = OrganisationFiles.lineOf(9).replace("Melati Kusuma", "Melati K.");

    List<ImportError> errors = rejected(OrganisationFiles.sampleWithExtraLine(copy));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(10);
      assertThat(error.column()).isEqualTo("nip");
      assertThat(error.reason()).contains("ganda").contains("baris 9");
    });
    assertNothingStored();
  }

  @Test
  void everyErrorIsReportedAtOnce() {
    String file = OrganisationFiles.sampleWith(4, "nip", "19810230200604100");
    file = file.replace("Rizky Maulana,PPPK", "Rizky Maulana,HONORER");

    List<ImportError> errors = rejected(file);

    assertThat(errors).extracting(ImportError::row, ImportError::column)
        .contains(org.assertj.core.groups.Tuple.tuple(4, "nip"), org.assertj.core.groups.Tuple.tuple(6, "status"));
    assertNothingStored();
  }

  @Test
  void missingColumn_isReportedOnTheHeader() {
    String withoutEmail = OrganisationFiles.sample().replace(",email,", ",surel,");

    List<ImportError> errors = rejected(withoutEmail);

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(1);
      assertThat(error.column()).isEqualTo("email");
    });
  }

  private ImportSummary importCsv(String csv) {
    return organisationImport.importCsv(new StringReader(csv));
  }

  private List<ImportError> rejected(String csv) {
    return catchThrowableOfType(ImportRejectedException.class, () -> importCsv(csv)).errors();
  }

  private void assertNothingStored() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'KC-%'", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_employee WHERE nip IN (?, ?)", Integer.class, SEKDA, DOKTER))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_agency WHERE code = 'PEMKOT-CONTOH'", Integer.class)).isZero();
    assertThat(identityService.createUserQuery().userIdIn(SEKDA, KADINKES, DOKTER).count()).isZero();
  }

  private List<String> memberIds(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
  }

  private String tablesAndUsers() {
    return jdbc.queryForList("SELECT * FROM org_employee ORDER BY nip") + "|"
        + jdbc.queryForList("SELECT * FROM org_unit ORDER BY code") + "|"
        + jdbc.queryForList("SELECT * FROM employee_account ORDER BY nip") + "|"
        + identityService.createUserQuery().list().stream().map(u -> u.getId() + u.getFirstName() + u.getLastName()).sorted().toList()
        + "|" + memberIds(Roles.ASN) + memberIds(Roles.PEJABAT_PENILAI);
  }
}
