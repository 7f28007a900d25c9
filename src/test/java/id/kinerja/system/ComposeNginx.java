package id.kinerja.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Compose proxy's nginx config ({@code src/main/docker/nginx.conf}) made runnable outside
 * Compose, for the tests that check it with an installed nginx: there is no host called "app"
 * here, so the upstream (and, to serve, the port) are pointed at loopback; nothing else changes.
 */
final class ComposeNginx {

  static final Path CONFIG = Path.of("src/main/docker/nginx.conf");

  private ComposeNginx() {
  }

  /** An installed nginx binary (e.g. Debian's package; CI installs it), if there is one. */
  static Optional<Path> binary() {
    return Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx").map(Path::of)
        .filter(Files::isExecutable).findFirst();
  }

  /**
   * Writes the config into a new prefix directory with the replicas at {@code 127.0.0.1:appPort}
   * and, if {@code listenPort} is positive, listening on {@code 127.0.0.1:listenPort}; returns the
   * written file.
   */
  static Path writeConfig(int appPort, int listenPort) throws IOException {
    String config = Files.readString(CONFIG)
        .replace("server app:8080", "server 127.0.0.1:" + appPort)
        .replaceFirst("http \\{", "http {\n  access_log off;");
    if (listenPort > 0) {
      config = config.replace("listen 80;", "listen 127.0.0.1:" + listenPort + ";");
      if (!config.contains("listen 127.0.0.1:" + listenPort + ";")) {
        throw new IllegalStateException(CONFIG + " no longer has \"listen 80;\"");
      }
    }
    if (!config.contains("server 127.0.0.1:" + appPort)) {
      throw new IllegalStateException(CONFIG + " no longer has \"server app:8080\"");
    }
    Path file = Files.createTempDirectory("kinerja-nginx").resolve("nginx.conf");
    Files.writeString(file, config);
    return file;
  }
}
