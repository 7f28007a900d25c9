package id.kinerja.system.forms;

import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.SharedPostgresDatabase;

/** Two browsers completing the same task at once, on a real PostgreSQL. */
@SharedApplicationTest
@SharedPostgresDatabase
class ConcurrentTaskCompletionPostgresTest extends ConcurrentTaskCompletionScenario {
}
