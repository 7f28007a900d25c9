package id.kinerja.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The BPMN, DMN and form files that process owners edit, keyed by their name relative to the
 * models folder ("processes/appraisal-cycle.bpmn", "forms/skp-draft.form"), so that the resource
 * names in the engine do not depend on where the application is installed.
 */
final class ModelSource {

  static final String CLASSPATH_ROOT = "kinerja-models";
  private static final String[] FOLDERS = {"processes", "forms"};

  private ModelSource() {}

  static Map<String, byte[]> read(KinerjaProperties.Models models) {
    return models.external() ? fromFolder(Path.of(models.location())) : fromClasspath();
  }

  static Map<String, byte[]> fromFolder(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "KINERJA_MODELS_DIR points at " + root.toAbsolutePath() + ", which is not a folder");
    }
    Map<String, byte[]> files = new TreeMap<>();
    for (String folder : FOLDERS) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String name = root.relativize(file).toString().replace('\\', '/');
          if (isModel(name)) {
            files.put(name, Files.readAllBytes(file));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read models from " + dir, e);
      }
    }
    return files;
  }

  static Map<String, byte[]> fromClasspath() {
    var resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> files = new TreeMap<>();
    try {
      for (String folder : FOLDERS) {
        for (Resource resource :
            resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/" + folder + "/**/*")) {
          if (!resource.isReadable()) {
            continue;
          }
          String url = resource.getURL().toString();
          String name = url.substring(url.lastIndexOf(CLASSPATH_ROOT + "/") + CLASSPATH_ROOT.length() + 1);
          if (isModel(name)) {
            try (InputStream in = resource.getInputStream()) {
              files.put(name, in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models inside the application", e);
    }
    return files;
  }

  static boolean isModel(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form");
  }
}
