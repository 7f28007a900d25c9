package id.kinerja.publication;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KADIS_PENDIDIKAN;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.LINA;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.SEKDA;
import static id.kinerja.organisation.DemoPeople.SRI_WAHYUNI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.organisation.Mutasi;
import id.kinerja.support.SharedApplicationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mutasi during the year moves the running year's SKP to the new pejabat penilai and atasan, but
 * the people it named before (who approved the SKP or rated periods) keep reading that year's
 * documents, and find them on their /dokumen list. On the demo year; rolled back per test.
 */
@SharedApplicationTest
@Transactional
class DocumentAccessAfterMutasiTest {

  private static final int YEAR = LocalDate.now().getYear();

  @Autowired Mutasi mutasi;
  @Autowired DocumentAccess access;
  @Autowired DocumentData data;

  @Test
  void formerAppraiser_keepsTheRunningYearsDocuments_andListsThemAsBeforeTheMutasi() {
    assertThat(mayRead(KEPALA_BKPSDM, LINA)).as("Lina's appraiser, her SKP waiting for his review").isTrue();
    assertThat(mayRead(KABAG_ORGANISASI, LINA)).isFalse();

    mutasi.changeSupervisor(Nip.of(LINA), Nip.of(KABAG_ORGANISASI), "SETDA", YUNI_BKPSDM);

    Optional<DocumentData.Skp> skp = data.skp(PenilaianTahunan.of(LINA, YEAR));
    assertThat(skp).get().extracting(DocumentData.Skp::pejabatPenilai).isEqualTo(KABAG_ORGANISASI);
    assertThat(mayRead(KABAG_ORGANISASI, LINA)).as("the new appraiser").isTrue();
    assertThat(mayRead(KEPALA_BKPSDM, LINA)).as("the former appraiser").isTrue();
    assertThat(mayRead(FITRI, LINA)).as("a former peer").isFalse();
    assertThat(data.entriesFor(KEPALA_BKPSDM)).filteredOn(entry -> entry.nip().equals(LINA) && entry.tahun() == YEAR)
        .extracting(DocumentData.Entry::peran).containsExactly("Pejabat penilai sebelum mutasi");
    assertThat(data.entriesFor(KABAG_ORGANISASI)).filteredOn(entry -> entry.nip().equals(LINA) && entry.tahun() == YEAR)
        .extracting(DocumentData.Entry::peran).containsExactly("Pejabat penilai");

    // moved back: he is her appraiser again, listed once as such
    mutasi.changeSupervisor(Nip.of(LINA), Nip.of(KEPALA_BKPSDM), "BKPSDM", YUNI_BKPSDM);
    assertThat(data.entriesFor(KEPALA_BKPSDM)).filteredOn(entry -> entry.nip().equals(LINA) && entry.tahun() == YEAR)
        .extracting(DocumentData.Entry::peran).containsExactly("Pejabat penilai");
    assertThat(mayRead(KABAG_ORGANISASI, LINA)).as("appraiser for a while").isTrue();
  }

  @Test
  void formerAtasan_keepsReading_whenTheMutasiChangedOnlyTheAtasan() {
    assertThat(mayRead(SEKDA, RUDI)).isTrue();

    mutasi.changeSupervisor(Nip.of(RUDI), Nip.of(SRI_WAHYUNI), "DISDIK", YUNI_BKPSDM);

    assertThat(mayRead(KADIS_PENDIDIKAN, RUDI)).as("the new atasan").isTrue();
    assertThat(mayRead(SEKDA, RUDI)).as("the former atasan").isTrue();
    assertThat(mayRead(KEPALA_BKPSDM, RUDI)).as("the former appraiser").isTrue();
    assertThat(mayRead(FITRI, RUDI)).isFalse();
  }

  private boolean mayRead(String user, String nip) {
    Authentication authentication = new UsernamePasswordAuthenticationToken(user, null, List.of());
    return access.mayRead(authentication, Nip.of(nip), data.skp(PenilaianTahunan.of(nip, YEAR)));
  }
}
