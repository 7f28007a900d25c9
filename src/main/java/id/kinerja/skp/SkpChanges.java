package id.kinerja.skp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What an employee changed in a returned SKP before submitting it again, in sentences the appraiser
 * reads on the next review: RHK added, removed or reworded, a changed jenis or RHK atasan, and per
 * RHK its indicators added, removed or with another wording, aspek or target. RHK and indicators are
 * matched by their wording first (so moving one up or down is no change), then a reworded one by the
 * words it kept; the rest was added or removed.
 */
final class SkpChanges {

  record Indikator(String uraian, String aspek, String target) {}

  record Rhk(String jenis, String uraian, String rhkAtasan, List<Indikator> indikator) {}

  private SkpChanges() {}

  static List<String> between(List<Rhk> before, List<Rhk> after) {
    List<String> lines = new ArrayList<>();
    Pairing<Rhk> rhk = Pairing.of(before, after, Rhk::uraian);
    for (int i = 0; i < after.size(); i++) {
      Rhk now = after.get(i);
      Rhk was = rhk.partnerOfAfter(i);
      String name = "RHK " + (i + 1);
      if (was == null) {
        lines.add(name + " ditambahkan: «" + text(now.uraian()) + "» (" + words(now.jenis()) + ", "
            + now.indikator().size() + " indikator)");
        continue;
      }
      if (!same(was.uraian(), now.uraian())) {
        lines.add(name + " diubah dari «" + text(was.uraian()) + "» menjadi «" + text(now.uraian()) + "»");
      }
      if (!same(was.jenis(), now.jenis())) {
        lines.add(name + ": jenis diubah dari " + words(was.jenis()) + " menjadi " + words(now.jenis()));
      }
      if (!same(was.rhkAtasan(), now.rhkAtasan())) {
        lines.add(name + ": RHK atasan yang diintervensi diubah menjadi «" + text(now.rhkAtasan()) + "»");
      }
      indicators(name, was.indikator(), now.indikator(), lines);
    }
    for (Rhk removed : rhk.unpairedBefore()) {
      lines.add("RHK «" + text(removed.uraian()) + "» dihapus");
    }
    return lines;
  }

  private static void indicators(String rhk, List<Indikator> before, List<Indikator> after, List<String> lines) {
    Pairing<Indikator> pairs = Pairing.of(before, after, Indikator::uraian);
    for (int i = 0; i < after.size(); i++) {
      Indikator now = after.get(i);
      Indikator was = pairs.partnerOfAfter(i);
      String name = rhk + ", indikator " + (i + 1);
      if (was == null) {
        lines.add(name + " ditambahkan: «" + text(now.uraian()) + "» (" + words(now.aspek()) + "), target «"
            + text(now.target()) + "»");
        continue;
      }
      if (!same(was.uraian(), now.uraian())) {
        lines.add(name + ": uraian diubah dari «" + text(was.uraian()) + "» menjadi «" + text(now.uraian()) + "»");
      }
      if (!same(was.aspek(), now.aspek())) {
        lines.add(name + ": aspek diubah dari " + words(was.aspek()) + " menjadi " + words(now.aspek()));
      }
      if (!same(was.target(), now.target())) {
        lines.add(name + ": target diubah dari «" + text(was.target()) + "» menjadi «" + text(now.target()) + "»");
      }
    }
    for (Indikator removed : pairs.unpairedBefore()) {
      lines.add(rhk + ": indikator «" + text(removed.uraian()) + "» dihapus");
    }
  }

  private static boolean same(String a, String b) {
    return Objects.equals(normal(a), normal(b));
  }

  private static String normal(String s) {
    return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? "-" : s.trim().replaceAll("\\s+", " ");
  }

  private static String words(String code) {
    if (code == null || code.isBlank()) {
      return "-";
    }
    String lower = code.trim().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** Pairs the items of two lists: equal wording first, then the rest in their order. */
  private record Pairing<T>(List<T> before, Integer[] partner, boolean[] taken) {

    static <T> Pairing<T> of(List<T> before, List<T> after, Function<T, String> wording) {
      Integer[] partner = new Integer[after.size()];
      boolean[] taken = new boolean[before.size()];
      for (int i = 0; i < after.size(); i++) {
        String key = normal(wording.apply(after.get(i)));
        for (int j = 0; j < before.size() && key != null; j++) {
          if (!taken[j] && key.equals(normal(wording.apply(before.get(j))))) {
            partner[i] = j;
            taken[j] = true;
            break;
          }
        }
      }
      for (int i = 0; i < after.size(); i++) {
        for (int j = 0; j < before.size() && partner[i] == null; j++) {
          if (!taken[j] && similar(wording.apply(after.get(i)), wording.apply(before.get(j)))) {
            partner[i] = j;
            taken[j] = true;
          }
        }
      }
      return new Pairing<>(before, partner, taken);
    }

    /** Reworded rather than replaced: at least half the words of the shorter wording are kept. */
    private static boolean similar(String a, String b) {
      Set<String> left = words(a);
      Set<String> right = words(b);
      if (left.isEmpty() || right.isEmpty()) {
        return false;
      }
      long kept = left.stream().filter(right::contains).count();
      return kept * 2 >= Math.min(left.size(), right.size());
    }

    private static Set<String> words(String s) {
      Set<String> words = new HashSet<>();
      for (String word : (s == null ? "" : s.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 3) {
          words.add(word);
        }
      }
      return words;
    }

    T partnerOfAfter(int i) {
      return partner[i] == null ? null : before.get(partner[i]);
    }

    List<T> unpairedBefore() {
      List<T> rest = new ArrayList<>();
      for (int j = 0; j < before.size(); j++) {
        if (!taken[j]) {
          rest.add(before.get(j));
        }
      }
      return rest;
    }
  }
}
