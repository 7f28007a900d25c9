package id.kinerja.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a valid organisation file of any size for load tests and benchmarks: one agency head,
 * every supervisor with 5 to 12 subordinates, a unit for every supervisor below the head (under
 * their own supervisor's unit), unique NIPs that pass every rule. The same seed gives the same file.
 *
 * <p>{@code java ... OrganisationGenerator 40000 organisasi-40000.csv [seed]}
 */
public final class OrganisationGenerator {

  static final String AGENCY_CODE = "PEMKAB-GENERATED";
  static final String AGENCY_NAME = "Pemerintah Kabupaten Contoh Besar";
  private static final int MIN_SPAN = 5;
  private static final int MAX_SPAN = 12;
  private static final String[] FIRST_NAMES = {"Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi",
      "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sri", "Teguh", "Wahyu", "Yuni"};
  private static final String[] LAST_NAMES = {"Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Nugroho",
      "Kusuma", "Pratama", "Siregar", "Nasution", "Simanjuntak", "Rahayu", "Setiawan", "Purnomo", "Wulandari"};
  private static final String[] HEAD_TITLES = {"Sekretaris Daerah", "Kepala Dinas", "Kepala Bidang", "Kepala Seksi",
      "Koordinator Kelompok Kerja", "Subkoordinator"};
  private static final String[][] STAFF_POSITIONS = {
      {"Analis SDM Aparatur Ahli Pertama", "FUNGSIONAL"}, {"Pranata Komputer Ahli Pertama", "FUNGSIONAL"},
      {"Perencana Ahli Muda", "FUNGSIONAL"}, {"Guru Ahli Pertama", "FUNGSIONAL"}, {"Perawat Terampil", "FUNGSIONAL"},
      {"Pengadministrasi Perkantoran", "PELAKSANA"}, {"Pengelola Data", "PELAKSANA"},
      {"Operator Layanan Operasional", "PELAKSANA"}, {"Penata Layanan Operasional", "PELAKSANA"}};

  private OrganisationGenerator() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    Path file = Path.of(args.length > 1 ? args[1] : "organisasi-" + size + ".csv");
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(size, seed, out);
    }
    System.out.println("Wrote " + size + " employees to " + file.toAbsolutePath());
  }

  /** The whole file as text; fine up to some hundred thousand employees. */
  public static String generate(int size, long seed) {
    var out = new StringBuilder(size * 220);
    write(size, seed, out);
    return out.toString();
  }

  public static void write(int size, long seed, Appendable out) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1");
    }
    Random random = new Random(seed);
    int[] supervisor = new int[size];
    int[] subordinates = new int[size];
    int[] level = new int[size];
    supervisor[0] = -1;
    Deque<Integer> waiting = new ArrayDeque<>(List.of(0));
    int next = 1;
    while (next < size) {
      int boss = waiting.removeFirst();
      int span = MIN_SPAN + random.nextInt(MAX_SPAN - MIN_SPAN + 1);
      for (int i = 0; i < span && next < size; i++, next++) {
        supervisor[next] = boss;
        level[next] = level[boss] + 1;
        subordinates[boss]++;
        waiting.addLast(next);
      }
    }
    String[] nips = uniqueNips(size, random);
    String[] unit = new String[size];
    try {
      out.append(String.join(",", OrganisationCsv.COLUMNS)).append('\n');
      for (int e = 0; e < size; e++) {
        boolean head = e == 0 || subordinates[e] > 0;
        unit[e] = head ? String.format("U%05d", e) : unit[supervisor[e]];
        String parentUnit = e == 0 ? "" : head ? unit[supervisor[e]] : parentOf(unit, supervisor, e);
        String[] position = head
            ? new String[] {HEAD_TITLES[Math.min(level[e], HEAD_TITLES.length - 1)], "STRUKTURAL"}
            : STAFF_POSITIONS[random.nextInt(STAFF_POSITIONS.length)];
        boolean pppk = !head && nips[e].substring(8, 12).compareTo("2019") >= 0 && random.nextInt(3) == 0;
        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        out.append(nips[e]).append(',')
            .append(name).append(',')
            .append(pppk ? "PPPK" : "PNS").append(',')
            .append(position[0]).append(',')
            .append(position[1]).append(',')
            .append(unit[e]).append(',')
            .append(head ? (e == 0 ? "Sekretariat Daerah" : position[0] + " " + unit[e]) : unitName(unit[e], supervisor, e)).append(',')
            .append(parentUnit).append(',')
            .append(AGENCY_CODE).append(',')
            .append(AGENCY_NAME).append(',')
            .append("p").append(String.valueOf(e)).append("@contoh-besar.example").append(',')
            .append(e == 0 ? "" : nips[supervisor[e]]).append(',')
            .append(head ? "Y" : "N").append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Staff rows repeat their supervisor's unit exactly as the supervisor's own row describes it. */
  private static String parentOf(String[] unit, int[] supervisor, int e) {
    int head = supervisor[e];
    return head == 0 ? "" : unit[supervisor[head]];
  }

  private static String unitName(String unitCode, int[] supervisor, int e) {
    int head = supervisor[e];
    return head == 0 ? "Sekretariat Daerah" : HEAD_TITLES[Math.min(levelOf(head, supervisor), HEAD_TITLES.length - 1)] + " " + unitCode;
  }

  private static int levelOf(int e, int[] supervisor) {
    int level = 0;
    for (int s = supervisor[e]; s >= 0; s = supervisor[s]) {
      level++;
    }
    return level;
  }

  private static String[] uniqueNips(int size, Random random) {
    Set<String> used = new HashSet<>(size * 2);
    String[] nips = new String[size];
    LocalDate oldest = LocalDate.of(1965, 1, 1);
    for (int i = 0; i < size; i++) {
      String nip;
      do {
        LocalDate birth = oldest.plusDays(random.nextInt(365 * 35));
        int appointmentYear = Math.min(2025, birth.getYear() + 20 + random.nextInt(16));
        nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
            appointmentYear, 1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(999));
      } while (!used.add(nip));
      nips[i] = nip;
    }
    return nips;
  }
}
