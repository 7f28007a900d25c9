package id.kinerja.organisation;

import id.kinerja.kernel.Nip;
import id.kinerja.organisation.OrganisationCsv.Row;
import id.kinerja.organisation.OrganisationRecords.Agency;
import id.kinerja.organisation.OrganisationRecords.Employee;
import id.kinerja.organisation.OrganisationRecords.Position;
import id.kinerja.organisation.OrganisationRecords.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks an organisation file against itself and the stored organisation, and works out what has
 * to be written. Pure: no database, so that every rule can be tested on its own and the import
 * writes nothing until the whole file is known to be good. A file may hold part of the
 * organisation: supervisors and parent units may already be stored.
 */
final class ImportPlanner {

  private static final Pattern CODE = OrganisationColumns.CODE;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> STATUSES = OrganisationColumns.STATUSES;
  private static final Set<String> KINDS = OrganisationColumns.KINDS;
  private static final int MAX_TEXT = OrganisationColumns.MAX_TEXT;

  /** The stored organisation, keyed like the file. */
  record Snapshot(Map<String, Agency> agencies, Map<String, Position> positions, Map<String, Unit> units,
      Map<String, Employee> employees, Set<String> closedUnits) {

    Snapshot(Map<String, Agency> agencies, Map<String, Position> positions, Map<String, Unit> units,
        Map<String, Employee> employees) {
      this(agencies, positions, units, employees, Set.of());
    }

    static Snapshot empty() {
      return new Snapshot(Map.of(), Map.of(), Map.of(), Map.of());
    }
  }

  /** What to write, parents before children so that foreign keys hold at every statement. */
  record Plan(List<Agency> agenciesToInsert, List<Agency> agenciesToUpdate,
      List<Position> positionsToInsert, List<Position> positionsToUpdate,
      List<Unit> unitsToInsert, List<Unit> unitsToUpdate,
      List<Employee> employeesToInsert, List<Employee> employeesToUpdate,
      List<Employee> identitiesToUpdate, int unchanged) {}

  private final Snapshot stored;
  private final List<ImportError> errors = new ArrayList<>();

  private ImportPlanner(Snapshot stored) {
    this.stored = stored;
  }

  /** The plan, or {@link ImportRejectedException} with every error in the file. */
  static Plan plan(List<Row> rows, Snapshot stored) {
    return new ImportPlanner(stored).planFor(rows);
  }

  private Plan planFor(List<Row> rows) {
    rows.forEach(this::checkFields);
    rows.forEach(this::checkOpenUnits);
    Map<String, Row> byNip = uniqueEmployees(rows);
    Map<String, Agency> agencies = consistent(rows, Row::instansiKode,
        r -> new Agency(r.instansiKode(), r.instansiNama()), OrganisationCsv.INSTANSI_NAMA, "instansi");
    Map<String, Position> positions = consistent(rows, Row::jabatan,
        r -> new Position(r.jabatan(), upper(r.jenisJabatan())), OrganisationCsv.JENIS_JABATAN, "jabatan");
    Map<String, Unit> units = consistent(rows, Row::unitKode,
        r -> new Unit(r.unitKode(), r.unitNama(), r.instansiKode(), r.unitIndukKode(), null, null),
        OrganisationCsv.UNIT_NAMA, "unit");
    Map<String, Row> unitDefinedAt = firstRowPer(rows, Row::unitKode);
    checkUnitTree(units, unitDefinedAt);
    Map<String, Row> heads = unitHeads(rows);
    checkSupervisors(byNip);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(ImportError::row));
      throw new ImportRejectedException(errors);
    }
    return diff(byNip, agencies, positions, units, heads);
  }

  // ---- one row at a time -------------------------------------------------------------------

  private void checkFields(Row row) {
    Nip.problemOf(row.nip()).ifPresent(problem -> error(row, OrganisationCsv.NIP, problem));
    required(row, OrganisationCsv.NAMA, row.nama());
    if (row.status() == null || !STATUSES.contains(upper(row.status()))) {
      error(row, OrganisationCsv.STATUS, "status harus PNS atau PPPK, bukan '" + nullToEmpty(row.status()) + "'");
    }
    required(row, OrganisationCsv.JABATAN, row.jabatan());
    if (row.jenisJabatan() == null || !KINDS.contains(upper(row.jenisJabatan()))) {
      error(row, OrganisationCsv.JENIS_JABATAN, "jenis jabatan harus struktural, fungsional atau pelaksana, bukan '"
          + nullToEmpty(row.jenisJabatan()) + "'");
    }
    code(row, OrganisationCsv.UNIT_KODE, row.unitKode(), true);
    required(row, OrganisationCsv.UNIT_NAMA, row.unitNama());
    code(row, OrganisationCsv.UNIT_INDUK_KODE, row.unitIndukKode(), false);
    if (row.unitIndukKode() != null && row.unitIndukKode().equals(row.unitKode())) {
      error(row, OrganisationCsv.UNIT_INDUK_KODE, "unit tidak boleh menjadi induk dirinya sendiri");
    }
    code(row, OrganisationCsv.INSTANSI_KODE, row.instansiKode(), true);
    required(row, OrganisationCsv.INSTANSI_NAMA, row.instansiNama());
    if (row.email() != null && (row.email().length() > 254 || !EMAIL.matcher(row.email()).matches())) {
      error(row, OrganisationCsv.EMAIL, "alamat surel '" + row.email() + "' tidak sah");
    }
    if (row.nipAtasan() != null) {
      Nip.problemOf(row.nipAtasan()).ifPresent(p -> error(row, OrganisationCsv.NIP_ATASAN, "NIP atasan: " + p));
      if (Objects.equals(Nip.normalise(row.nipAtasan()), Nip.normalise(row.nip()))) {
        error(row, OrganisationCsv.NIP_ATASAN, "pegawai tidak boleh menjadi atasan dirinya sendiri");
      }
    }
    if (row.kepalaUnit() != null && isUnitHead(row) == null) {
      error(row, OrganisationCsv.KEPALA_UNIT, "kepala_unit harus Y atau N, bukan '" + row.kepalaUnit() + "'");
    }
  }

  private void required(Row row, String column, String value) {
    if (value == null) {
      error(row, column, "kolom " + column + " wajib diisi");
    } else if (value.length() > MAX_TEXT) {
      error(row, column, "kolom " + column + " lebih dari " + MAX_TEXT + " karakter");
    }
  }

  private void code(Row row, String column, String value, boolean required) {
    if (value == null) {
      if (required) {
        error(row, column, "kolom " + column + " wajib diisi");
      }
    } else if (!CODE.matcher(value).matches()) {
      error(row, column, "kode '" + value + "' hanya boleh huruf, angka, titik, garis bawah atau tanda hubung (maks. 32)");
    }
  }

  /** TRUE for Y, FALSE for N or empty, null when it is neither. */
  static Boolean isUnitHead(Row row) {
    if (row.kepalaUnit() == null) {
      return Boolean.FALSE;
    }
    return switch (upper(row.kepalaUnit())) {
      case "Y", "YA" -> Boolean.TRUE;
      case "N", "T", "TIDAK" -> Boolean.FALSE;
      default -> null;
    };
  }

  // ---- across rows -------------------------------------------------------------------------

  private Map<String, Row> uniqueEmployees(List<Row> rows) {
    Map<String, Row> byNip = new LinkedHashMap<>();
    for (Row row : rows) {
      String nip = Nip.normalise(row.nip());
      if (nip == null) {
        continue;
      }
      Row first = byNip.putIfAbsent(nip, row);
      if (first != null) {
        error(row, OrganisationCsv.NIP, "NIP " + nip + " ganda: sudah ada di baris " + first.line());
      }
    }
    return byNip;
  }

  /**
   * Units, positions and agencies are repeated on every row that uses them; all those rows must
   * describe them the same way, or the file is ambiguous.
   */
  private <T> Map<String, T> consistent(List<Row> rows, Function<Row, String> key, Function<Row, T> describe,
      String column, String what) {
    Map<String, T> found = new LinkedHashMap<>();
    Map<String, Row> firstRow = new HashMap<>();
    for (Row row : rows) {
      String k = key.apply(row);
      if (k == null) {
        continue;
      }
      T described = describe.apply(row);
      T first = found.putIfAbsent(k, described);
      if (first == null) {
        firstRow.put(k, row);
      } else if (!first.equals(described)) {
        error(row, column, what + " '" + k + "' ditulis berbeda dengan baris " + firstRow.get(k).line()
            + " (" + first + ")");
      }
    }
    return found;
  }

  private static Map<String, Row> firstRowPer(List<Row> rows, Function<Row, String> key) {
    Map<String, Row> first = new HashMap<>();
    for (Row row : rows) {
      if (key.apply(row) != null) {
        first.putIfAbsent(key.apply(row), row);
      }
    }
    return first;
  }

  private void checkUnitTree(Map<String, Unit> units, Map<String, Row> definedAt) {
    Map<String, String> parents = new HashMap<>();
    stored.units().values().forEach(u -> parents.put(u.code(), u.parentCode()));
    units.values().forEach(u -> parents.put(u.code(), u.parentCode()));
    for (Unit unit : units.values()) {
      Row row = definedAt.get(unit.code());
      if (unit.parentCode() != null && !parents.containsKey(unit.parentCode())) {
        error(row, OrganisationCsv.UNIT_INDUK_KODE,
            "unit induk '" + unit.parentCode() + "' tidak ada di file maupun di basis data");
      }
      List<String> loop = loopFrom(unit.code(), parents);
      if (!loop.isEmpty()) {
        error(row, OrganisationCsv.UNIT_INDUK_KODE, "susunan unit melingkar: " + String.join(" → ", loop));
      }
    }
  }

  private Map<String, Row> unitHeads(List<Row> rows) {
    Map<String, Row> heads = new HashMap<>();
    for (Row row : rows) {
      if (Boolean.TRUE.equals(isUnitHead(row)) && row.unitKode() != null) {
        Row first = heads.putIfAbsent(row.unitKode(), row);
        if (first != null) {
          error(row, OrganisationCsv.KEPALA_UNIT,
              "unit " + row.unitKode() + " sudah punya kepala di baris " + first.line());
        }
      }
    }
    return heads;
  }

  private void checkSupervisors(Map<String, Row> byNip) {
    Map<String, String> supervisors = new HashMap<>();
    stored.employees().values().forEach(e -> supervisors.put(e.nip(), e.supervisorNip()));
    byNip.forEach((nip, row) -> supervisors.put(nip, Nip.normalise(row.nipAtasan())));
    for (var entry : byNip.entrySet()) {
      Row row = entry.getValue();
      String supervisor = Nip.normalise(row.nipAtasan());
      if (supervisor == null || !Nip.isValid(supervisor)) {
        continue;
      }
      Employee storedSupervisor = stored.employees().get(supervisor);
      if (!byNip.containsKey(supervisor) && storedSupervisor == null) {
        error(row, OrganisationCsv.NIP_ATASAN,
            "atasan dengan NIP " + supervisor + " tidak ada di file maupun di basis data");
      } else if (storedSupervisor != null && !storedSupervisor.active()) {
        error(row, OrganisationCsv.NIP_ATASAN, "atasan dengan NIP " + supervisor + " sudah tidak aktif");
      }
      List<String> loop = loopFrom(entry.getKey(), supervisors);
      if (!loop.isEmpty()) {
        error(row, OrganisationCsv.NIP_ATASAN, "rantai atasan melingkar: " + String.join(" → ", loop));
      }
    }
  }

  /** The loop the chain of parents starting at start runs into and includes start, else empty. */
  static List<String> loopFrom(String start, Map<String, String> parents) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = start;
    while (current != null && seen.add(current)) {
      path.add(current);
      current = parents.get(current);
    }
    if (current == null || !current.equals(start)) {
      return List.of(); // ends at the top, or runs into a loop that start is not part of
    }
    path.add(start);
    return path;
  }

  // ---- what changes ------------------------------------------------------------------------

  private Plan diff(Map<String, Row> byNip, Map<String, Agency> agencies, Map<String, Position> positions,
      Map<String, Unit> fileUnits, Map<String, Row> heads) {
    List<Agency> agenciesToInsert = new ArrayList<>();
    List<Agency> agenciesToUpdate = new ArrayList<>();
    split(agencies.values(), stored.agencies(), Agency::code, agenciesToInsert, agenciesToUpdate);
    List<Position> positionsToInsert = new ArrayList<>();
    List<Position> positionsToUpdate = new ArrayList<>();
    split(positions.values(), stored.positions(), Position::name, positionsToInsert, positionsToUpdate);

    Map<String, Unit> units = new LinkedHashMap<>();
    for (Unit unit : fileUnits.values()) {
      Unit before = stored.units().get(unit.code());
      Row head = heads.get(unit.code());
      String headNip = head != null ? Nip.normalise(head.nip()) : before == null ? null : before.headNip();
      String headPosition = head != null ? head.jabatan() : before == null ? null : before.headPosition();
      units.put(unit.code(), new Unit(unit.code(), unit.name(), unit.agencyCode(), unit.parentCode(), headNip, headPosition));
    }
    // an employee in the file heads only the unit the file says, if any: step down anywhere else
    for (Unit unit : stored.units().values()) {
      Unit current = units.getOrDefault(unit.code(), unit);
      Row headRow = current.headNip() == null ? null : byNip.get(current.headNip());
      if (headRow != null && !(Boolean.TRUE.equals(isUnitHead(headRow)) && unit.code().equals(headRow.unitKode()))) {
        units.put(unit.code(), new Unit(current.code(), current.name(), current.agencyCode(), current.parentCode(), null, null));
      }
    }
    List<Unit> unitsToInsert = new ArrayList<>();
    List<Unit> unitsToUpdate = new ArrayList<>();
    split(units.values(), stored.units(), Unit::code, unitsToInsert, unitsToUpdate);
    Map<String, String> unitParents = new HashMap<>();
    stored.units().values().forEach(u -> unitParents.put(u.code(), u.parentCode()));
    units.values().forEach(u -> unitParents.put(u.code(), u.parentCode()));
    unitsToInsert.sort(Comparator.comparingInt(u -> depth(u.code(), unitParents)));

    List<Employee> toInsert = new ArrayList<>();
    List<Employee> toUpdate = new ArrayList<>();
    List<Employee> identities = new ArrayList<>();
    int unchanged = 0;
    Map<String, String> supervisors = new HashMap<>();
    for (var entry : byNip.entrySet()) {
      Row row = entry.getValue();
      Employee before = stored.employees().get(entry.getKey());
      Employee wanted = new Employee(entry.getKey(), row.nama(), upper(row.status()), row.jabatan(), row.unitKode(),
          row.email(), Nip.normalise(row.nipAtasan()), before == null || before.active());
      supervisors.put(wanted.nip(), wanted.supervisorNip());
      if (before == null) {
        toInsert.add(wanted);
      } else if (!before.equals(wanted)) {
        toUpdate.add(wanted);
        if (wanted.identityDiffersFrom(before)) {
          identities.add(wanted);
        }
      } else {
        unchanged++;
      }
    }
    toInsert.sort(Comparator.comparingInt(e -> depth(e.nip(), supervisors)));
    return new Plan(agenciesToInsert, agenciesToUpdate, positionsToInsert, positionsToUpdate,
        unitsToInsert, unitsToUpdate, toInsert, toUpdate, identities, unchanged);
  }

  private static <T> void split(Iterable<T> wanted, Map<String, T> stored, Function<T, String> key,
      List<T> toInsert, List<T> toUpdate) {
    for (T item : wanted) {
      T before = stored.get(key.apply(item));
      if (before == null) {
        toInsert.add(item);
      } else if (!before.equals(item)) {
        toUpdate.add(item);
      }
    }
  }

  /** Steps to the top of the chain; only among the rows being inserted does the order matter. */
  private static int depth(String start, Map<String, String> parents) {
    int depth = 0;
    for (String current = parents.get(start); current != null && depth <= parents.size(); current = parents.get(current)) {
      depth++;
    }
    return depth;
  }

  /** A unit closed on the desk's unit tree takes no employees and no sub-units from a file either. */
  private void checkOpenUnits(Row row) {
    if (row.unitKode() != null && stored.closedUnits().contains(row.unitKode())) {
      error(row, OrganisationCsv.UNIT_KODE, "unit " + row.unitKode() + " sudah ditutup: pilih unit yang masih terbuka");
    }
    if (row.unitIndukKode() != null && stored.closedUnits().contains(row.unitIndukKode())) {
      error(row, OrganisationCsv.UNIT_INDUK_KODE,
          "unit induk " + row.unitIndukKode() + " sudah ditutup: pilih unit yang masih terbuka");
    }
  }

    private void error(Row row, String column, String reason) {
    errors.add(new ImportError(row.line(), column, reason));
  }

  private static String upper(String value) {
    return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
