package id.kinerja.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** Test files: the sample organisation (Pemerintah Kota Contoh) and variations of it. */
final class OrganisationFiles {

  static final String SEKDA = "196805101993031001";
  static final String KADINKES = "197402141999032002";
  static final String DOKTER = "198111302006041003";
  static final String PERAWAT = "198907072014022004";
  static final int SAMPLE_EMPLOYEES = 8;

  private OrganisationFiles() {}

  static String sample() {
    try {
      return new ClassPathResource("organisation/sample.csv").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample with one value changed; line as numbered in the file (header = 1). */
  static String sampleWith(int line, String column, String value) {
    List<String> lines = new ArrayList<>(Arrays.asList(sample().split("\n")));
    List<String> header = Arrays.asList(lines.get(0).split(","));
    List<String> cells = splitCsvLine(lines.get(line - 1));
    cells.set(header.indexOf(column), value);
    lines.set(line - 1, String.join(",", cells.stream().map(OrganisationFiles::quote).toList()));
    return String.join("\n", lines) + "\n";
  }

  static String sampleWithExtraLine(String line) {
    return sample() + line + "\n";
  }

  static String lineOf(int line) {
    return sample().split("\n")[line - 1];
  }

  private static List<String> splitCsvLine(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String quote(String cell) {
    return cell.contains(",") ? "\"" + cell + "\"" : cell;
  }
}
