package id.kinerja.appraisal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The whole year through the REST API on the running app with its embedded database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AppraisalYearThroughRestTest extends AppraisalYearThroughRestScenario {
}
