package id.kinerja.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The application in its own operating-system process (a separate JVM on the test's classpath), so
 * a test can kill it the hard way ({@link #kill()} is SIGKILL on Linux, like a power cut or the OOM
 * killer) and start it again on the same database.
 */
public final class ApplicationProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private ApplicationProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the application with the given Spring arguments (plus its port) and waits until it is healthy. */
  public static ApplicationProcess start(String name, Duration timeout, String... arguments) throws Exception {
    int port = freePort();
    Path log = Files.createTempFile("kinerja-" + name + "-", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", applicationClassPath(), "id.kinerja.KinerjaApplication", "--server.port=" + port,
        // where the demo is on, last year's run to its end is DemoPastYearTest's: not in a crash or outage test
        "--kinerja.demo.tahun-lalu=false"));
    command.addAll(List.of(arguments));
    return launch(command, null, port, log, timeout);
  }

  /**
   * Runs a ready-made command line that starts the application on the given port (for example
   * the Docker image's ENTRYPOINT), in workDir if not null, its output in log, and waits until it
   * is healthy.
   */
  public static ApplicationProcess launch(List<String> command, Path workDir, int port, Path log, Duration timeout)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    if (workDir != null) {
      builder.directory(workDir.toFile());
    }
    var app = new ApplicationProcess(builder.start(), port, log);
    app.awaitHealthy(timeout);
    return app;
  }

  /** The repackaged jar `./mvnw verify` builds before the failsafe tests. */
  public static Path packagedJar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("kinerja-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("run ./mvnw verify: the jar is built first"));
    }
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** SIGKILL: no shutdown hook, no graceful stop, open transactions simply vanish. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped while starting, see " + log);
      }
      try {
        if (http.send(HttpRequest.newBuilder(url("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
            BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("the application was not healthy within " + timeout + ", see " + log);
  }

  /**
   * The test's class path without the test classes and resources (their camunda.cfg.xml would let
   * Camunda's engine lookup build a second, test-only engine inside the application). Failsafe may
   * hand over a manifest-only jar; its Class-Path is unpacked.
   */
  static String applicationClassPath() throws IOException {
    List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
      try (JarFile booter = new JarFile(entries.get(0))) {
        String manifestPath = booter.getManifest() == null ? null
            : booter.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        if (manifestPath != null) {
          URI base = Path.of(entries.get(0)).toAbsolutePath().getParent().toUri();
          entries = new ArrayList<>();
          for (String uri : manifestPath.trim().split("\\s+")) {
            entries.add(Path.of(base.resolve(uri)).toString());
          }
        }
      }
    }
    return entries.stream()
        .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
        .collect(Collectors.joining(File.pathSeparator));
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
