package id.kinerja.system.forms;

import id.kinerja.support.FreshPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Two browsers completing the same task at once, on a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@FreshPostgresDatabase
class ConcurrentTaskCompletionPostgresTest extends ConcurrentTaskCompletionScenario {
}
