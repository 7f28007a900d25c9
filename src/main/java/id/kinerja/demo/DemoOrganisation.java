package id.kinerja.demo;

import id.kinerja.organisation.ImportSummary;
import id.kinerja.organisation.OrganisationSeed;
import id.kinerja.security.Roles;
import id.kinerja.system.KinerjaProperties;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation (Pemerintah Kabupaten Sukamaju, fictitious) on the embedded default: the
 * same import an operator runs, with the password "demo" for everyone. Runs after the roles exist
 * (IdentityBootstrap, order 10) and after the models are deployed (order 20); a restart finds
 * everything in place and changes nothing. The logins are listed in src/docs/demo-logins.md.
 */
@Component
@Order(30)
public class DemoOrganisation implements ApplicationRunner {

  static final String CSV = "demo/organisasi-demo.csv";
  /** Yuni Astuti, Analis SDM Aparatur at BKPSDM: the demo's HR operator. */
  static final String BKPSDM_OPERATOR = "198506152010012009";
  /** Bambang Priyono, Pranata Komputer at the Sekretariat Daerah: the demo's process owner. */
  public static final String PROCESS_OWNER = "198201102006041003";

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  private final KinerjaProperties properties;
  private final OrganisationSeed organisation;
  private final String configuredHeadAppraiser;

  DemoOrganisation(KinerjaProperties properties, OrganisationSeed organisation,
      @Value("${kinerja.organisasi.penilai-kepala-instansi:}") String configuredHeadAppraiser) {
    this.properties = properties;
    this.organisation = organisation;
    this.configuredHeadAppraiser = configuredHeadAppraiser;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!properties.demo().enabled()) {
      return;
    }
    try (Reader csv = new InputStreamReader(new ClassPathResource(CSV).getInputStream(), StandardCharsets.UTF_8)) {
      ImportSummary summary = organisation.importWithDemoPasswords(csv);
      if (!summary.changedNothing()) {
        log.info("Demo organisation imported: {} employees created, {} updated", summary.created(), summary.updated());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + CSV, e);
    }
    organisation.addToGroupIfMissing(BKPSDM_OPERATOR, Roles.BKPSDM);
    organisation.addToGroupIfMissing(PROCESS_OWNER, Roles.PROCESS_OWNER);
    // the Bupati is not an ASN and has no login in the demo: the demo admin appraises the Sekda
    if (configuredHeadAppraiser.isBlank()) {
      organisation.headAppraiserIfUnset(properties.admin().id());
    }
  }
}
