package id.kinerja.export;

import id.kinerja.support.FreshPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** 40,000 employees exported from PostgreSQL, where only a transaction with a fetch size streams rows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"kinerja.demo.enabled=false", "kinerja.admin.password=" + ResultExportVolumeScenario.ADMIN_PASSWORD})
@ActiveProfiles("test")
// @DirtiesContext: 40,000 employees without the demo, a context and database no other class can
// use; closed (and the database dropped) after the class instead of idling for the rest of the run
@DirtiesContext
@FreshPostgresDatabase
class ResultExportVolumePostgresTest extends ResultExportVolumeScenario {
}
