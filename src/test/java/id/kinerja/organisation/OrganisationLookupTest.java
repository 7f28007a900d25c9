package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.SEKDA;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.demo.DemoOrganisation;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.security.Roles;
import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The lookups the processes use ({@code ${organisasi...}}), on the demo organisation. */
@SharedApplicationTest
@Transactional
class OrganisationLookupTest {

  @Autowired OrganisationLookup organisasi;
  @Autowired OrganisationRepository repository;
  @Autowired DemoOrganisation demo;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void staffMember_isAppraisedByTheirSupervisor_whoseSupervisorIsTheAtasan() {
    assertThat(organisasi.supervisorOf(RUDI)).isEqualTo(KEPALA_BKPSDM);
    assertThat(organisasi.appraiserOf(RUDI)).isEqualTo(KEPALA_BKPSDM);
    assertThat(organisasi.atasanPenilaiOf(RUDI)).isEqualTo(SEKDA);
    assertThat(organisasi.pejabatOf(Nip.of(RUDI))).as("both at once, as the appraisal's start sets them")
        .isEqualTo(java.util.Map.of(AppraisalProcess.PEJABAT_PENILAI.name(), KEPALA_BKPSDM, AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), SEKDA));
    assertThat(organisasi.pejabatOf(Nip.of(KEPALA_BKPSDM)))
        .isEqualTo(java.util.Map.of(AppraisalProcess.PEJABAT_PENILAI.name(), SEKDA, AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), "demo"));
  }

  @Test
  void agencyHead_isAppraisedByTheConfiguredOfficial() {
    assertThat(organisasi.supervisorOf(SEKDA)).isNull();
    assertThat(organisasi.appraiserOf(SEKDA)).as("the demo admin stands in for the Bupati").isEqualTo("demo");

    repository.saveSetting(OrganisationLookup.HEAD_APPRAISER_SETTING, "bupati");

    assertThat(organisasi.appraiserOf(SEKDA)).isEqualTo("bupati");
    assertThat(organisasi.atasanPenilaiOf(KEPALA_BKPSDM)).isEqualTo("bupati");
    assertThat(organisasi.pejabatOf(Nip.of(SEKDA))).isEqualTo(java.util.Map.of(AppraisalProcess.PEJABAT_PENILAI.name(), "bupati", AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), "bupati"));
    assertThat(organisasi.atasanPenilaiOf(SEKDA)).isEqualTo("bupati");
  }

  @Test
  void agencyHeadWithoutConfiguredOfficial_failsWithAnExplanation() {
    jdbc.update("DELETE FROM org_setting");

    assertThatThrownBy(() -> organisasi.appraiserOf(SEKDA)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("penilai-kepala-instansi");
  }

  @Test
  void teamQuestions() {
    assertThat(organisasi.subordinatesOf(KEPALA_BKPSDM)).hasSize(8).contains(RUDI, FITRI, YUNI_BKPSDM);
    assertThat(organisasi.subordinatesOf(RUDI)).isEmpty();
    assertThat(organisasi.peersOf(RUDI)).hasSize(7).contains(FITRI).doesNotContain(RUDI, KEPALA_BKPSDM);
    assertThat(organisasi.peersOf(KEPALA_BKPSDM)).contains(KABAG_ORGANISASI).doesNotContain(KEPALA_BKPSDM);
    assertThat(organisasi.isUnitHead(KEPALA_BKPSDM)).isTrue();
    assertThat(organisasi.isUnitHead(KABAG_ORGANISASI)).as("leads a team, not a unit").isFalse();
    assertThat(organisasi.unitOf(RUDI)).isEqualTo("BKPSDM");
    assertThat(organisasi.unitHeadOf("BKPSDM")).isEqualTo(KEPALA_BKPSDM);
    assertThat(organisasi.unitHeadOf("SETDA")).isEqualTo(SEKDA);
  }

  @Test
  void unknownNip_failsWithTheNipInTheMessage() {
    List<Consumer<String>> lookups = List.of(organisasi::appraiserOf, organisasi::supervisorOf,
        nip -> organisasi.pejabatOf(Nip.of(nip)), nip -> organisasi.describe(Nip.of(nip)),
        organisasi::atasanPenilaiOf, organisasi::subordinatesOf, organisasi::peersOf, organisasi::isUnitHead,
        organisasi::unitOf);
    for (Consumer<String> lookup : lookups) {
      assertThatThrownBy(() -> lookup.accept("199901012020011001"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("199901012020011001");
    }
    assertThatThrownBy(() -> organisasi.unitHeadOf("TIDAK-ADA"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TIDAK-ADA");
  }

  @Test
  void demoOrganisation_restartChangesNothing() throws Exception {
    String before = jdbc.queryForList("SELECT * FROM org_employee ORDER BY nip").toString()
        + identityService.createUserQuery().memberOfGroup(Roles.BKPSDM).count();

    demo.run(null);

    assertThat(jdbc.queryForList("SELECT * FROM org_employee ORDER BY nip").toString()
        + identityService.createUserQuery().memberOfGroup(Roles.BKPSDM).count()).isEqualTo(before);
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.BKPSDM).userId(YUNI_BKPSDM).count()).isOne();
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.PROCESS_OWNER)
        .userId(DemoOrganisation.PROCESS_OWNER).count()).isOne();
    assertThat(identityService.checkPassword(RUDI, DemoPeople.PASSWORD)).isTrue();
    assertThat(repository.mustChangePassword(RUDI)).isFalse();
  }
}
