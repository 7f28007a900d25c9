package id.kinerja.skp;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an indicator's target can be measured, by its aspect, as BKN's e-Kinerja asks: a
 * quantity is a number (or a range) with its unit ("12 laporan", "90–100 %"), a quality a
 * percentage from 0 to 100 ("95%") or a score out of a scale ("3,2 dari 4"), a time a month of
 * the year or a number of months ("Juni", "Januari–Maret", "6 bulan"), a cost an amount in rupiah
 * or a percentage. "-99999999999 dokumen", "1000000000000%" or "aaaaa" are not targets.
 */
final class PlausibleTarget {

  /** The largest quantity anyone plans for in a year (documents, people served, visits). */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("10000000");
  /** The largest budget a single indicator may name. */
  static final BigDecimal MAX_RUPIAH = new BigDecimal("1000000000000000");

  private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?";
  private static final String PREFIX = "(?:minimal|paling sedikit|sekurang-kurangnya|maksimal|paling banyak|≥|>=|≤|<=)?\\s*";
  private static final String RANGE = PREFIX + NUMBER + "(?:\\s*(?:-|–|—|s\\.?d\\.?|sampai)\\s*" + NUMBER + ")?";
  private static final Pattern QUANTITY = Pattern.compile(RANGE + "\\s*(%|[\\p{L}][\\p{L}\\p{N} ./()-]*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PERCENT = Pattern.compile(RANGE + "\\s*(%|persen)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCORE = Pattern.compile(PREFIX + NUMBER + "\\s*(?:dari|/)\\s*" + NUMBER
      + "(?:\\s*[\\p{L}].*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTHS = Pattern.compile(PREFIX + "(\\d{1,2})\\s*bulan", Pattern.CASE_INSENSITIVE);
  private static final Pattern RUPIAH = Pattern.compile(PREFIX + "rp\\.?\\s*" + NUMBER + "(?:\\s*(ribu|juta|miliar))?",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> MONTH_NAMES = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
      "agustus", "september", "oktober", "november", "desember");
  private static final Pattern PERIODIC = Pattern.compile(
      "\\b(?:(?:setiap|tiap) (?:bulan|triwulan|semester)|triwulan (?:i{1,3}|iv|[1-4])|semester (?:i{1,2}|[12]))\\b");

  private PlausibleTarget() {
  }

  /** Why the target is not plausible for the aspect, in words for the form; empty when it is. */
  static Optional<String> problem(String aspek, String target) {
    String text = target == null ? "" : target.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return Optional.empty(); // "wajib diisi" is said elsewhere
    }
    return switch (aspek == null ? "" : aspek) {
      case "KUANTITAS" -> quantity(text);
      case "KUALITAS" -> quality(text);
      case "WAKTU" -> time(text);
      case "BIAYA" -> cost(text);
      default -> Optional.empty();
    };
  }

  private static Optional<String> quantity(String text) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      return Optional.of("target kuantitas harus berupa angka dengan satuannya, mis. '12 laporan' atau '90–100 %'");
    }
    boolean percent = "%".equals(m.group(5)) || m.group(5).toLowerCase(Locale.ROOT).startsWith("persen");
    BigDecimal max = percent ? new BigDecimal(100) : MAX_QUANTITY;
    if (!within(m.group(1), m.group(2), max) || (m.group(3) != null && !within(m.group(3), m.group(4), max))) {
      return Optional.of(percent ? "persentase harus antara 0 dan 100 %"
          : "jumlah harus lebih dari 0 dan paling banyak " + MAX_QUANTITY.toPlainString().replaceAll("(\\d)(?=(\\d{3})+$)", "$1."));
    }
    return rangeOrder(m);
  }

  private static Optional<String> quality(String text) {
    Matcher percent = PERCENT.matcher(text);
    if (percent.matches()) {
      if (!within(percent.group(1), percent.group(2), new BigDecimal(100))
          || (percent.group(3) != null && !within(percent.group(3), percent.group(4), new BigDecimal(100)))) {
        return Optional.of("persentase kualitas harus antara 0 dan 100 %");
      }
      return rangeOrder(percent);
    }
    Matcher score = SCORE.matcher(text);
    if (score.matches()) {
      BigDecimal value = number(score.group(1), score.group(2));
      BigDecimal scale = number(score.group(3), score.group(4));
      if (scale.signum() <= 0 || value.compareTo(scale) > 0 || scale.compareTo(new BigDecimal(100)) > 0) {
        return Optional.of("nilai kualitas harus antara 0 dan skalanya (paling besar 100), mis. '3,2 dari 4'");
      }
      return Optional.empty();
    }
    return Optional.of("target kualitas harus berupa persentase 0–100 % (mis. '95%') atau nilai dari skala (mis. '3,2 dari 4')");
  }

  private static Optional<String> time(String text) {
    Matcher months = MONTHS.matcher(text);
    if (months.matches()) {
      int n = Integer.parseInt(months.group(1));
      return n >= 1 && n <= 12 ? Optional.empty() : Optional.of("jumlah bulan harus antara 1 dan 12");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    boolean namesAMonth = MONTH_NAMES.stream().anyMatch(month -> Pattern.compile("\\b" + month + "\\b").matcher(lower).find());
    if ((namesAMonth || PERIODIC.matcher(lower).find()) && text.length() <= 80) {
      return Optional.empty();
    }
    return Optional.of("target waktu harus menyebut bulan dalam tahun penilaian (mis. 'Juni', 'Januari–Maret', "
        + "'setiap bulan', 'triwulan II') atau jumlah bulan (mis. '6 bulan')");
  }

  private static Optional<String> cost(String text) {
    Matcher rupiah = RUPIAH.matcher(text);
    if (rupiah.matches()) {
      BigDecimal amount = number(rupiah.group(1), rupiah.group(2));
      if (amount.signum() <= 0 || amount.compareTo(MAX_RUPIAH) > 0) {
        return Optional.of("jumlah biaya harus lebih dari Rp 0");
      }
      return Optional.empty();
    }
    Matcher percent = PERCENT.matcher(text);
    if (percent.matches()) {
      return within(percent.group(1), percent.group(2), new BigDecimal(100)) ? Optional.empty()
          : Optional.of("persentase biaya harus antara 0 dan 100 %");
    }
    return Optional.of("target biaya harus berupa jumlah rupiah (mis. 'Rp 25.000.000') atau persentase anggaran (mis. '95%')");
  }

  private static Optional<String> rangeOrder(Matcher m) {
    if (m.group(3) != null && number(m.group(1), m.group(2)).compareTo(number(m.group(3), m.group(4))) > 0) {
      return Optional.of("rentang target harus dari yang kecil ke yang besar, mis. '90–100'");
    }
    return Optional.empty();
  }

  private static boolean within(String whole, String fraction, BigDecimal max) {
    BigDecimal value = number(whole, fraction);
    return value.signum() >= 0 && value.compareTo(max) <= 0 && !(max.compareTo(new BigDecimal(100)) > 0 && value.signum() == 0);
  }

  /** "1.250,5" as 1250.5 (Indonesian digits: a dot groups thousands, a comma starts the fraction). */
  private static BigDecimal number(String whole, String fraction) {
    return new BigDecimal(whole.replace(".", "") + (fraction == null ? "" : "." + fraction));
  }
}
