package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.ApplicationProcess;
import id.kinerja.support.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Docker image does, without Docker (there is no engine here): the Dockerfile's
 * preparation script turns the packaged jar into the image's application directory (the jar
 * extracted plus a class-data-sharing archive from a training start), and the Dockerfile's own
 * ENTRYPOINT, pointed at that directory, starts the application on PostgreSQL until it is healthy.
 * The start insists on the archive ({@code -Xshare:on}): a JVM that could not map it would refuse
 * to start, so a stale or unusable archive fails here instead of silently costing the speed.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class DockerImageStartIT {

  private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile");

  @Test
  @Timeout(420)
  void imageDirectoryFromThePreparationScript_startsWithItsClassArchive_byTheDockerfilesEntrypoint(@TempDir Path work)
      throws Exception {
    Path app = work.resolve("app");
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    ProcessBuilder prepare = new ProcessBuilder("sh", "src/main/docker/prepare-image.sh",
        ApplicationProcess.packagedJar().toString(), app.toString())
        .redirectErrorStream(true).redirectOutput(work.resolve("prepare.log").toFile());
    // the same JVM writes the archive and maps it, as in the image
    prepare.environment().put("PATH", javaBin + ":" + System.getenv("PATH"));
    Process preparing = prepare.start();
    assertThat(preparing.waitFor(240, TimeUnit.SECONDS)).as("prepared within 4 minutes").isTrue();
    assertThat(preparing.exitValue()).as(Files.readString(work.resolve("prepare.log"))).isZero();
    assertThat(app.resolve("kinerja.jar")).isRegularFile();
    assertThat(app.resolve("lib")).isDirectory();
    assertThat(app.resolve("kinerja.jsa")).as("the class-data-sharing archive").isRegularFile();

    List<String> command = new ArrayList<>();
    for (String part : entrypoint()) {
      command.add(part.replace("/app/", app + "/"));
    }
    assertThat(command.get(0)).isEqualTo("java");
    command.set(0, javaBin.resolve("java").toString());
    command.add(1, "-Xshare:on");
    int port = ApplicationProcess.freePort();
    try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
      command.addAll(List.of("--server.port=" + port, "--spring.profiles.active=postgres",
          "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
          "--spring.datasource.password=" + database.password(),
          "--kinerja.admin.id=admin", "--kinerja.admin.password=gambar-rahasia-" + port));
      Path log = work.resolve("app.log");
      try (ApplicationProcess started = ApplicationProcess.launch(command, app, port, log, Duration.ofMinutes(3))) {
        assertThat(Files.readString(log)).contains("Started KinerjaApplication").doesNotContain("[cds]");
      }
    }
  }

  /** The Dockerfile's ENTRYPOINT in its exec form. */
  static List<String> entrypoint() throws IOException {
    Matcher line = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]\\s*$").matcher(Files.readString(DOCKERFILE));
    assertThat(line.find()).as("an exec-form ENTRYPOINT in " + DOCKERFILE).isTrue();
    List<String> parts = new ArrayList<>();
    Matcher part = Pattern.compile("\"([^\"]*)\"").matcher(line.group(1));
    while (part.find()) {
      parts.add(part.group(1));
    }
    return parts;
  }
}
