package id.kinerja.publication;

import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A unit's documents of a year as one ZIP for BKPSDM: every employee of the unit and the units
 * beneath it who has an SKP that year, one PDF each, in a folder per unit, and a list
 * ({@value #LIST}) of what is in it and what is not (not rated yet, with the reason). Streamed: each
 * PDF is drawn, written to the response and dropped before the next one is drawn, so a whole agency
 * of 40,000 employees needs the memory of one PDF, not of the archive.
 */
@Service
class UnitDocuments {

  private static final Logger log = LoggerFactory.getLogger(UnitDocuments.class);
  static final String LIST = "DAFTAR-ISI.txt";

  enum Kind {
    DOKUMEN_SKP("skp", "SKP"),
    DOKUMEN_EVALUASI("evaluasi", "Dokumen Evaluasi Kinerja Pegawai");

    final String code;
    final String label;

    Kind(String code, String label) {
      this.code = code;
      this.label = label;
    }

    static Optional<Kind> of(String code) {
      for (Kind kind : values()) {
        if (kind.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }
  }

  record Unit(String code, String name, String parent, int depth) {}

  record Employee(String nip, String name, String unit) {}

  private final JdbcClient jdbc;
  private final DocumentService documents;

  UnitDocuments(JdbcClient jdbc, DocumentService documents) {
    this.jdbc = jdbc;
    this.documents = documents;
  }

  /** Every unit, as a tree in reading order (parents before their children), for the form. */
  List<Unit> units() {
    List<Unit> all = jdbc.sql("SELECT code, name, parent_code FROM org_unit ORDER BY name, code")
        .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), 0)).list();
    Map<String, List<Unit>> children = new HashMap<>();
    Set<String> codes = new LinkedHashSet<>();
    all.forEach(u -> codes.add(u.code()));
    List<Unit> roots = new ArrayList<>();
    for (Unit u : all) {
      if (u.parent() == null || !codes.contains(u.parent())) {
        roots.add(u);
      } else {
        children.computeIfAbsent(u.parent(), p -> new ArrayList<>()).add(u);
      }
    }
    List<Unit> ordered = new ArrayList<>();
    Deque<Unit> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    Set<String> seen = new java.util.HashSet<>();
    while (!stack.isEmpty()) {
      Unit u = stack.pop();
      if (!seen.add(u.code())) {
        continue;
      }
      ordered.add(u);
      List<Unit> kids = children.getOrDefault(u.code(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        Unit kid = kids.get(i);
        stack.push(new Unit(kid.code(), kid.name(), kid.parent(), u.depth() + 1));
      }
    }
    return ordered;
  }

  /** The unit and every unit beneath it. */
  Set<String> unitAndBelow(String unit) {
    Map<String, List<String>> children = new HashMap<>();
    jdbc.sql("SELECT code, parent_code FROM org_unit WHERE parent_code IS NOT NULL")
        .query((rs, n) -> children.computeIfAbsent(rs.getString(2), p -> new ArrayList<>()).add(rs.getString(1)))
        .list();
    Set<String> found = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(unit));
    while (!todo.isEmpty()) {
      String u = todo.pop();
      if (found.add(u)) {
        todo.addAll(children.getOrDefault(u, List.of()));
      }
    }
    return found;
  }

  Optional<String> unitName(String code) {
    return jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(code).query(String.class).optional();
  }

  /** Employees of the unit and below with an SKP of the year, by unit then NIP. */
  List<Employee> employees(String unit, Tahun tahun) {
    Set<String> units = unitAndBelow(unit);
    return jdbc.sql("""
            SELECT e.nip, e.name, e.unit_code FROM skp s JOIN org_employee e ON e.nip = s.nip
            WHERE s.tahun = ? ORDER BY e.unit_code, e.nip""")
        .param(tahun.value())
        .query((rs, n) -> new Employee(rs.getString(1), rs.getString(2), rs.getString(3)))
        .stream().filter(e -> units.contains(e.unit())).toList();
  }

  void write(List<Employee> employees, Tahun tahun, Kind kind, OutputStream out) throws IOException {
    Function<PenilaianTahunan, DocumentService.Pdf> document = kind == Kind.DOKUMEN_SKP ? documents::skp : documents::evaluasi;
    write(employees, tahun, kind, out, (nip, year) -> document.apply(new PenilaianTahunan(Nip.of(nip), year)));
  }

  /** Writes the archive; {@code draw} makes one employee's PDF (or says why there is none). */
  static void write(List<Employee> employees, Tahun tahun, Kind kind, OutputStream out,
      BiFunction<String, Tahun, DocumentService.Pdf> draw) throws IOException {
    StringBuilder list = new StringBuilder();
    list.append(kind.label).append(" tahun ").append(tahun).append("\r\n\r\n");
    int written = 0;
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(1); // the PDFs are compressed already
    for (Employee e : employees) {
      DocumentService.Pdf pdf;
      try {
        pdf = draw.apply(e.nip(), tahun);
      } catch (DocumentService.NotFoundException none) {
        list.append("- ").append(e.nip()).append(' ').append(e.name()).append(": tidak ada dokumen (")
            .append(none.getMessage()).append(")\r\n");
        continue;
      } catch (RuntimeException failed) {
        log.error("Dokumen {} {} {} tidak dapat dibuat untuk arsip unit", kind.code, e.nip(), tahun, failed);
        list.append("- ").append(e.nip()).append(' ').append(e.name()).append(": gagal dibuat, coba unduh satu per satu\r\n");
        continue;
      }
      String name = e.unit() + "/" + e.nip() + "-" + slug(e.name()) + ".pdf";
      zip.putNextEntry(new ZipEntry(name));
      zip.write(pdf.bytes());
      zip.closeEntry();
      // this PDF leaves for the client now; nothing of it is kept
      zip.flush();
      written++;
      list.append("+ ").append(name).append(pdf.draft() ? " (DRAF)" : "").append("\r\n");
    }
    list.append("\r\n").append(written).append(" dari ").append(employees.size()).append(" pegawai ber-SKP punya dokumen ini.\r\n");
    zip.putNextEntry(new ZipEntry(LIST));
    zip.write(list.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  /** A name as a file name any system opens: letters, digits and '-' only. */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "pegawai" : slug.length() > 60 ? slug.substring(0, 60) : slug;
  }
}
