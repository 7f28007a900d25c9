package id.kinerja.demo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's last year where the job executor is switched off (as in the other tests): the demo
 * fires the due timers and the calibration checks itself, and the year ends the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kinerja.demo.tahun-lalu=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class DemoPastYearWithoutJobExecutorTest extends DemoPastYearTest {
}
