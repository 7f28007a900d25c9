package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine where the tests run, so docker-compose.yml is checked here against the
 * rules of the Compose specification that matter for it, and against what the app needs.
 */
class DockerComposeFileTest {

  private static final Set<String> TOP_LEVEL = Set.of("name", "services", "volumes", "networks", "configs", "secrets");
  private static final Set<String> SERVICE_KEYS = Set.of("image", "build", "depends_on", "environment", "ports",
      "volumes", "healthcheck", "restart", "command", "entrypoint", "deploy", "networks", "expose", "env_file");
  private static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy", "service_completed_successfully");
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+])[^}]*)?}");

  private static Map<String, Object> compose;
  private static String text;

  @BeforeAll
  static void read() throws IOException {
    text = Files.readString(Path.of("docker-compose.yml"));
    compose = new Yaml().load(text);
  }

  @Test
  void usesOnlyKeysOfTheComposeSpecification() {
    assertThat(TOP_LEVEL).containsAll(compose.keySet());
    services().forEach((name, service) -> {
      assertThat(SERVICE_KEYS).as("keys of service " + name).containsAll(service.keySet());
      assertThat(service.containsKey("image") || service.containsKey("build"))
          .as(name + " has an image or a build").isTrue();
    });
  }

  @Test
  void everyVariableInterpolationIsWellFormed() {
    var dollar = Pattern.compile("\\$\\{[^}]*}").matcher(text);
    while (dollar.find()) {
      assertThat(INTERPOLATION.matcher(dollar.group()).matches()).as(dollar.group()).isTrue();
    }
  }

  @Test
  void runsTheAppBuiltFromTheRepositoryOnPostgres15WithHealthChecksAndANamedVolume() {
    Map<String, Object> db = services().get("db");
    Map<String, Object> app = services().get("app");
    assertThat(db.get("image").toString()).matches("postgres:1[5-9].*");
    assertThat(db).containsKey("healthcheck");
    assertThat(app).containsKey("healthcheck");

    @SuppressWarnings("unchecked")
    Map<String, Object> build = (Map<String, Object>) app.get("build");
    assertThat(Path.of(build.get("context").toString(), build.get("dockerfile").toString())).exists();

    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
    dependsOn.forEach((service, how) -> {
      assertThat(services()).containsKey(service);
      assertThat(CONDITIONS).contains(how.get("condition"));
    });

    @SuppressWarnings("unchecked")
    List<String> dbVolumes = (List<String>) db.get("volumes");
    String named = dbVolumes.get(0).split(":")[0];
    assertThat(((Map<?, ?>) compose.get("volumes")).containsKey(named)).as("volume " + named + " is declared").isTrue();

    @SuppressWarnings("unchecked")
    Map<String, String> env = (Map<String, String>) app.get("environment");
    assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
        .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "KINERJA_ADMIN_ID", "KINERJA_ADMIN_PASSWORD");
    // the first admin must be given: compose itself refuses to start without it
    assertThat(env.get("KINERJA_ADMIN_PASSWORD")).contains(":?");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>) compose.get("services");
  }
}
