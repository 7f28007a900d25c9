package id.kinerja.appraisal;

import id.kinerja.support.SharedApplicationTest;

/** The whole year through the REST API on the running app with its embedded database. */
@SharedApplicationTest
class AppraisalYearThroughRestTest extends AppraisalYearThroughRestScenario {
}
