package id.kinerja.export;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** 40,000 employees exported from the embedded database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"kinerja.demo.enabled=false", "kinerja.admin.password=" + ResultExportVolumeScenario.ADMIN_PASSWORD})
@ActiveProfiles("test")
// @DirtiesContext: 40,000 employees without the demo, a context no other class can use; closed
// after the class instead of holding that database in memory for the rest of the run
@DirtiesContext
class ResultExportVolumeTest extends ResultExportVolumeScenario {
}
