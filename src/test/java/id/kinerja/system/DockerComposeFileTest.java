package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
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
        .containsEntry("JOB_EXECUTOR_ENABLED", "true")
        .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "KINERJA_ADMIN_ID", "KINERJA_ADMIN_PASSWORD");
    // the first admin must be given: compose itself refuses to start without it
    assertThat(env.get("KINERJA_ADMIN_PASSWORD")).contains(":?");
  }

  @Test
  @SuppressWarnings("unchecked")
  void runsTwoAppReplicas_reachableOnlyThroughTheProxy() {
    Map<String, Object> app = services().get("app");
    Map<String, Object> deploy = (Map<String, Object>) app.get("deploy");
    assertThat(deploy).as("app.deploy").isNotNull();
    assertThat(deploy.get("replicas")).isInstanceOf(Integer.class);
    assertThat((Integer) deploy.get("replicas")).isGreaterThanOrEqualTo(2);
    // replicas cannot share one published host port: only the proxy publishes one
    assertThat(app).doesNotContainKey("ports");
    assertThat(app).doesNotContainKey("container_name");
    services().forEach((name, service) -> {
      if (!name.equals("proxy")) {
        assertThat(service).as(name + " publishes no port").doesNotContainKey("ports");
      }
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void proxyBalancesTheAppService_withItsConfigFromTheRepository_andHealthChecks() throws IOException {
    Map<String, Object> proxy = services().get("proxy");
    assertThat(proxy).as("proxy service").isNotNull();
    assertThat(proxy.get("image").toString()).matches("nginx:1\\.2[7-9].*|nginx:1\\.[3-9]\\d.*");
    assertThat(proxy).containsKey("healthcheck");
    assertThat((List<String>) proxy.get("ports")).anySatisfy(port -> assertThat(port).endsWith(":80"));
    Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) proxy.get("depends_on");
    assertThat(dependsOn.get("app")).containsEntry("condition", "service_healthy");

    String mount = ((List<String>) proxy.get("volumes")).stream()
        .filter(v -> v.contains("/etc/nginx/")).findFirst().orElseThrow();
    Path config = Path.of(mount.split(":")[0]);
    assertThat(config.normalize().toString()).startsWith("src/main/docker/");
    assertThat(config).isRegularFile();
    assertThat(mount).endsWith(":ro");

    String nginx = Files.readString(config);
    var upstream = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}").matcher(nginx);
    assertThat(upstream.find()).as("an upstream block").isTrue();
    var servers = Pattern.compile("server\\s+([\\w.-]+):(\\d+)").matcher(upstream.group(2));
    List<String> targets = new java.util.ArrayList<>();
    while (servers.find()) {
      targets.add(servers.group(1) + ":" + servers.group(2));
    }
    assertThat(targets).as("upstream servers").isNotEmpty()
        .allSatisfy(target -> assertThat(target).isEqualTo("app:8080"));
    assertThat(nginx).contains("proxy_pass http://" + upstream.group(1) + ";");
    // the proxy's own health check asks a location that the config answers
    String probe = String.join(" ", (List<String>) ((Map<String, Object>) proxy.get("healthcheck")).get("test"));
    var probePath = Pattern.compile("http://127\\.0\\.0\\.1(/\\S*)").matcher(probe);
    assertThat(probePath.find()).isTrue();
    assertThat(nginx).contains("location = " + probePath.group(1));
    // the app's health check is what Compose waits for before the proxy starts
    assertThat(String.join(" ", (List<String>) ((Map<String, Object>) services().get("app").get("healthcheck")).get("test")))
        .contains("/actuator/health");
  }

  /** Where an nginx binary is installed (e.g. Debian's package), the proxy config passes nginx -t. */
  @Test
  void proxyConfigPassesNginxSyntaxCheck() throws Exception {
    Path nginx = ComposeNginx.binary().orElse(null);
    Assumptions.assumeTrue(nginx != null, "no nginx binary here: syntax check skipped");
    // nginx resolves upstream names while checking, and outside Compose there is no host "app"
    Path config = ComposeNginx.writeConfig(8080, 0);
    Path dir = config.getParent();
    Process check = new ProcessBuilder(nginx.toString(), "-t", "-p", dir.toString(), "-c", config.toString(),
        "-g", "pid " + dir.resolve("nginx.pid") + "; error_log stderr;").redirectErrorStream(true).start();
    String output = new String(check.getInputStream().readAllBytes());
    assertThat(check.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(output).isZero();
    assertThat(output).contains("syntax is ok");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>) compose.get("services");
  }
}
