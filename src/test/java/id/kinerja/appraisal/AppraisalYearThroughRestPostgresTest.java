package id.kinerja.appraisal;

import id.kinerja.support.FreshPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The whole year through the REST API on the running app with a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@FreshPostgresDatabase
class AppraisalYearThroughRestPostgresTest extends AppraisalYearThroughRestScenario {
}
