package id.kinerja.system.forms;

import id.kinerja.support.SharedApplicationTest;

/** Two browsers completing the same task at once, on the embedded database. */
@SharedApplicationTest
class ConcurrentTaskCompletionTest extends ConcurrentTaskCompletionScenario {
}
