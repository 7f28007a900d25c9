package id.kinerja.appraisal;

import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.SharedPostgresDatabase;

/** The whole year through the REST API on the running app with a real PostgreSQL. */
@SharedApplicationTest
@SharedPostgresDatabase
class AppraisalYearThroughRestPostgresTest extends AppraisalYearThroughRestScenario {
}
