package id.kinerja.system.forms;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Two browsers completing the same task at once, on the embedded database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConcurrentTaskCompletionTest extends ConcurrentTaskCompletionScenario {
}
