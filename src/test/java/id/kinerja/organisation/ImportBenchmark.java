package id.kinerja.organisation;

import id.kinerja.support.PostgresTestDatabase;

import id.kinerja.KinerjaApplication;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated organisation into PostgreSQL and prints how long it took: the first import
 * (everything new, Camunda users included) and the same file again (nothing to change). Not a test:
 * run it by hand, e.g. with the test classpath,
 * {@code java -cp ... id.kinerja.organisation.ImportBenchmark 40000}. The database comes from
 * KINERJA_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test, user postgres); it works in
 * a database of its own and drops it afterwards.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    long generationStart = System.nanoTime();
    String csv = OrganisationGenerator.generate(size, 42L);
    System.out.printf("Generated %d employees (%d KB) in %d ms%n", size, csv.length() / 1024, millisSince(generationStart));
    String server = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    try (PostgresTestDatabase schema = PostgresTestDatabase.createOn(
        server == null || server.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : server)) {
      Map<String, String> properties = new HashMap<>(schema.springProperties());
      properties.put("server.port", "0");
      properties.put("kinerja.demo.enabled", "false");
      properties.put("kinerja.admin.id", "benchmark");
      properties.put("kinerja.admin.password", "benchmark-only");
      properties.put("camunda.bpm.job-execution.enabled", "false");
      // system properties, because defaults given to the builder lose against application.yaml
      properties.forEach((key, value) -> System.setProperty(key, value.toString()));
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KinerjaApplication.class).run()) {
        OrganisationImport organisationImport = app.getBean(OrganisationImport.class);
        long first = System.nanoTime();
        ImportSummary created = organisationImport.importCsv(new StringReader(csv));
        long firstMillis = millisSince(first);
        long second = System.nanoTime();
        ImportSummary again = organisationImport.importCsv(new StringReader(csv));
        long secondMillis = millisSince(second);
        System.out.printf("%nRESULT first import of %d employees: %d created, %d units, %d initial passwords in %.1f s%n",
            size, created.created(), created.unitsCreated(), created.initialPasswords().size(), firstMillis / 1000.0);
        System.out.printf("RESULT same file again: %d created, %d updated, %d unchanged in %.1f s%n",
            again.created(), again.updated(), again.unchanged(), secondMillis / 1000.0);
        System.out.printf("RESULT processors: %d, database %s%n", Runtime.getRuntime().availableProcessors(), schema.url());
      }
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
