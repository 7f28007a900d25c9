package id.kinerja.pegawai;

import id.kinerja.organisation.UnitTree;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unit tree on the desk: the tree as the page shows it, and each change (add, rename, move,
 * close) previewed, i.e. made in a transaction that is rolled back, then saved with its audit row
 * (perubahan_unit) in the same transaction. Refusals are {@link MejaPegawai.Ditolak}, nothing stored.
 */
@Service
class MejaUnit {

  /** What the operator asked for; the form's fields. */
  enum Aksi {
    TAMBAH("Unit baru"), GANTI_NAMA("Ganti nama"), PINDAH("Pindah induk"), TUTUP("Tutup unit");

    private final String label;

    Aksi(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    static Aksi of(String value) {
      return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(value == null ? "" : value.trim()))
          .findFirst().orElseThrow(() -> new MejaPegawai.Ditolak("Pilih perubahan: unit baru, ganti nama, pindah induk atau tutup unit."));
    }
  }

  record Permintaan(String aksi, String kode, String nama, String induk) {}

  /** A node of the tree: the unit, its depth, its active employees. */
  record Simpul(String kode, String nama, int kedalaman, int pegawaiAktif, boolean tutup) {}

  record Pratinjau(String judul, List<String> sebelum, List<String> sesudah, List<String> terdampak) {}

  record Perubahan(long id, String jenis, String unit, String oleh, LocalDateTime pada, List<String> sebelum,
      List<String> sesudah) {}

  private final UnitTree tree;
  private final JdbcClient sql;
  private final PlatformTransactionManager transactions;

  MejaUnit(UnitTree tree, JdbcClient sql, PlatformTransactionManager transactions) {
    this.tree = tree;
    this.sql = sql;
    this.transactions = transactions;
  }

  /** The tree depth first, each level by name; open units first is not needed: closed ones are marked. */
  @Transactional(readOnly = true)
  List<Simpul> pohon() {
    List<UnitTree.Unit> units = tree.all();
    Map<String, Integer> counts = new HashMap<>();
    sql.sql("SELECT unit_code, COUNT(*) FROM org_employee WHERE active = TRUE GROUP BY unit_code")
        .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
    Map<String, List<UnitTree.Unit>> children = new HashMap<>();
    java.util.Set<String> codes = new java.util.HashSet<>();
    units.forEach(u -> codes.add(u.code()));
    List<UnitTree.Unit> roots = new ArrayList<>();
    for (UnitTree.Unit u : units) {
      if (u.parentCode() == null || !codes.contains(u.parentCode())) {
        roots.add(u);
      } else {
        children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
      }
    }
    List<Simpul> out = new ArrayList<>();
    roots.forEach(r -> walk(r, 0, children, counts, out));
    return out;
  }

  private void walk(UnitTree.Unit u, int depth, Map<String, List<UnitTree.Unit>> children, Map<String, Integer> counts,
      List<Simpul> out) {
    out.add(new Simpul(u.code(), u.name(), depth, counts.getOrDefault(u.code(), 0), u.closed()));
    if (depth < 50) {
      children.getOrDefault(u.code(), List.of()).forEach(c -> walk(c, depth + 1, children, counts, out));
    }
  }

  @Transactional(readOnly = true)
  List<UnitTree.Unit> unitTerbuka() {
    return tree.all().stream().filter(u -> !u.closed()).toList();
  }

  /** The change made and rolled back: what it would do. */
  Pratinjau pratinjau(Permintaan p, String operator) {
    Aksi aksi = Aksi.of(p.aksi());
    return dryRun(() -> apply(aksi, p, operator));
  }

  /** The change stored with its audit row, in one transaction. */
  @Transactional
  Pratinjau simpan(Permintaan p, String operator) {
    Aksi aksi = Aksi.of(p.aksi());
    return apply(aksi, p, operator);
  }

  private Pratinjau apply(Aksi aksi, Permintaan p, String operator) {
    UnitTree.Unit before = aksi == Aksi.TAMBAH ? null : tree.find(blank(p.kode())).orElse(null);
    String pathBefore = before == null ? null : path(before.code());
    List<UnitTree.Member> membersBefore = before == null ? List.of() : tree.activeMembersBelow(before.code());
    UnitTree.Unit after;
    try {
      after = switch (aksi) {
        case TAMBAH -> tree.add(p.kode(), p.nama(), p.induk());
        case GANTI_NAMA -> tree.rename(p.kode(), p.nama());
        case PINDAH -> tree.move(p.kode(), p.induk());
        case TUTUP -> tree.close(p.kode());
      };
    } catch (IllegalArgumentException e) {
      throw new MejaPegawai.Ditolak(List.of(e.getMessage().split("\n")));
    }
    String pathAfter = path(after.code());
    List<String> sebelum = new ArrayList<>();
    List<String> sesudah = new ArrayList<>();
    List<String> terdampak = new ArrayList<>();
    String judul;
    switch (aksi) {
      case TAMBAH -> {
        judul = "Unit baru \"" + after.name() + "\" (kode " + after.code() + ")";
        sesudah.add("Letak: " + pathAfter);
      }
      case GANTI_NAMA -> {
        judul = "Ganti nama unit " + after.code();
        sebelum.add("Nama: " + before.name());
        sesudah.add("Nama: " + after.name());
        sesudah.add("Pegawai aktif di unit ini (nama unit di halaman mereka berubah): "
            + sql.sql("SELECT COUNT(*) FROM org_employee WHERE active = TRUE AND unit_code = ?").param(after.code())
                .query(Integer.class).single());
      }
      case PINDAH -> {
        judul = "Pindah induk: \"" + after.name() + "\"";
        sebelum.add("Letak: " + pathBefore);
        sesudah.add("Letak: " + pathAfter);
        String formerParent = before.parentCode() == null ? "-" : tree.find(before.parentCode()).map(UnitTree.Unit::name).orElse("-");
        String newParent = tree.find(after.parentCode()).map(UnitTree.Unit::name).orElse("-");
        sesudah.add(membersBefore.isEmpty()
            ? "Unit ini dan sub-unitnya belum mempunyai pegawai aktif."
            : membersBefore.size() + " pegawai aktif unit ini dan sub-unitnya tidak lagi di bawah \""
                + formerParent + "\", kini di bawah \"" + newParent + "\" (atasan langsung mereka tidak berubah).");
        membersBefore.forEach(m -> terdampak.add(m.name() + " (" + m.nip() + ")"));
      }
      default -> {
        judul = "Tutup unit \"" + after.name() + "\"";
        sebelum.add("Status: terbuka; letak: " + pathBefore);
        sesudah.add("Status: ditutup; tidak lagi muncul dalam pilihan unit (data lama tetap menyebutnya).");
      }
    }
    record(after.code(), aksi, operator, sebelum, sesudah, terdampak.size());
    return new Pratinjau(judul, sebelum, sesudah, terdampak);
  }

  private void record(String code, Aksi aksi, String operator, List<String> sebelum, List<String> sesudah, int affected) {
    String after = String.join("\n", sesudah);
    sql.sql("INSERT INTO perubahan_unit (unit_code, jenis, oleh, pada, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?)")
        .params(code, aksi.name(), operator, Timestamp.from(Instant.now()),
            sebelum.isEmpty() ? null : cut(String.join("\n", sebelum)), cut(after))
        .update();
  }

  @Transactional(readOnly = true)
  List<Perubahan> riwayat(int limit) {
    return sql.sql("""
            SELECT c.id, c.jenis, u.name, c.oleh, e.name, c.pada, c.sebelum, c.sesudah FROM perubahan_unit c
            LEFT JOIN org_unit u ON u.code = c.unit_code LEFT JOIN org_employee e ON e.nip = c.oleh
            ORDER BY c.pada DESC, c.id DESC""")
        .query((rs, n) -> new Perubahan(rs.getLong(1), Aksi.valueOf(rs.getString(2)).label(), rs.getString(3),
            rs.getString(5) == null ? rs.getString(4) : rs.getString(5), rs.getTimestamp(6).toLocalDateTime(),
            lines(rs.getString(7)), lines(rs.getString(8))))
        .list().stream().limit(limit).toList();
  }

  /** "Sekretariat Daerah › BKPSDM › Bidang X". */
  private String path(String code) {
    List<String> names = new ArrayList<>();
    String current = code;
    while (current != null && names.size() < 50) {
      var unit = tree.find(current);
      if (unit.isEmpty()) {
        break;
      }
      names.add(0, unit.get().name());
      current = unit.get().parentCode();
    }
    return String.join(" › ", names);
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
  }

  private static String cut(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  private static String blank(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }

  private <T> T dryRun(Supplier<T> change) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return template.execute(status -> {
      status.setRollbackOnly();
      return change.get();
    });
  }
}
