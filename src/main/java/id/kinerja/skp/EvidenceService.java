package id.kinerja.skp;

import id.kinerja.kernel.Tahun;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Bukti dukung: files an employee uploads so that the periodic report can link to them. The rules:
 * not empty, at most {@code kinerja.bukti.ukuran-maks} (5 MB unless configured), and one of the
 * allowed types as told by the file's own first bytes — the name's extension must agree with
 * them, and what the browser claims the type is counts for nothing.
 */
@Service
public class EvidenceService {

  static final int MAX_NAME = 255;

  /** An allowed type: the signature its content starts with and the extensions it may carry. */
  enum Jenis {
    PDF("application/pdf", bytes("%PDF-"), "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    // Office files are ZIP archives: the signature alone cannot tell them from any other archive,
    // so for these the extension decides between the two, and other ZIPs stay refused
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip(), "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip(), "xlsx");

    final String contentType;
    final byte[] signature;
    final List<String> extensions;

    Jenis(String contentType, byte[] signature, String... extensions) {
      this.contentType = contentType;
      this.signature = signature;
      this.extensions = List.of(extensions);
    }

    boolean startsTheContentOf(byte[] content) {
      return content.length >= signature.length
          && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip() {
      return new byte[] {'P', 'K', 0x03, 0x04};
    }
  }

  static final String ALLOWED = "PDF, PNG, JPEG, DOCX atau XLSX";

  private final JdbcClient jdbc;
  private final DataSize maxSize;

  EvidenceService(JdbcClient jdbc, @Value("${kinerja.bukti.ukuran-maks:5MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.maxSize = maxSize;
  }

  /** A stored file, without its content. */
  public record Berkas(long id, String nip, int tahun, String nama, String jenis, long ukuran, String sha256,
      LocalDateTime diunggahPada) {}

  public record Isi(Berkas berkas, byte[] bytes) {}

  /** The rule a file breaks, in words the employee understands. */
  public static class InvalidEvidenceException extends IllegalArgumentException {
    InvalidEvidenceException(String message) {
      super(message);
    }
  }

  public DataSize maxSize() {
    return maxSize;
  }

  @Transactional
  public Berkas store(String nip, Tahun tahun, String filename, byte[] content) {
    String nama = cleanName(filename);
    if (content == null || content.length == 0) {
      throw new InvalidEvidenceException("Berkas kosong: unggah berkas yang berisi dokumen");
    }
    if (content.length > maxSize.toBytes()) {
      throw new InvalidEvidenceException("Ukuran berkas paling besar " + readable(maxSize.toBytes())
          + "; berkas ini " + readable(content.length));
    }
    Jenis jenis = typeOf(nama, content);
    String sha256 = sha256(content);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO berkas_bukti (nip, tahun, nama_berkas, jenis, ukuran, sha256, isi)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(nip, tahun.value(), nama, jenis.contentType, (long) content.length, sha256, content)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    return find(id).orElseThrow();
  }

  /** The employee's files, newest first. */
  public List<Berkas> filesOf(String nip) {
    return jdbc.sql("""
            SELECT id, nip, tahun, nama_berkas, jenis, ukuran, sha256, diunggah_pada FROM berkas_bukti
            WHERE nip = ? ORDER BY diunggah_pada DESC, id DESC""")
        .param(nip)
        .query((rs, i) -> berkas(rs)).list();
  }

  public Optional<Berkas> find(long id) {
    return jdbc.sql("""
            SELECT id, nip, tahun, nama_berkas, jenis, ukuran, sha256, diunggah_pada FROM berkas_bukti
            WHERE id = ?""")
        .param(id)
        .query((rs, i) -> berkas(rs)).optional();
  }

  public Optional<Isi> content(long id) {
    return find(id).map(berkas -> new Isi(berkas, jdbc.sql("SELECT isi FROM berkas_bukti WHERE id = ?")
        .param(id).query((rs, i) -> rs.getBytes(1)).single()));
  }

  private static Berkas berkas(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Berkas(rs.getLong("id"), rs.getString("nip"), rs.getInt("tahun"), rs.getString("nama_berkas"),
        rs.getString("jenis"), rs.getLong("ukuran"), rs.getString("sha256").strip(),
        rs.getTimestamp("diunggah_pada").toLocalDateTime());
  }

  private static Jenis typeOf(String nama, byte[] content) {
    int dot = nama.lastIndexOf('.');
    String extension = dot < 0 ? "" : nama.substring(dot + 1).toLowerCase(Locale.ROOT);
    List<Jenis> byContent = Arrays.stream(Jenis.values()).filter(j -> j.startsTheContentOf(content)).toList();
    if (byContent.isEmpty()) {
      throw new InvalidEvidenceException("Jenis berkas tidak diizinkan: isi berkas bukan " + ALLOWED
          + " (jenis diperiksa dari isi berkas, bukan dari nama atau ekstensinya)");
    }
    return byContent.stream().filter(j -> j.extensions.contains(extension)).findFirst()
        .orElseThrow(() -> new InvalidEvidenceException("Nama berkas harus berakhiran ."
            + String.join(" atau .", byContent.stream().flatMap(j -> j.extensions.stream()).toList())
            + " sesuai isinya (" + byContent.stream().map(Enum::name).reduce((a, b) -> a + "/" + b).orElseThrow()
            + "); yang diizinkan hanya " + ALLOWED));
  }

  /** The last path segment (some browsers send the whole path), without control characters. */
  static String cleanName(String filename) {
    String name = filename == null ? "" : filename;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "berkas";
    }
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME - extension.length()) + extension;
    }
    return name;
  }

  static String readable(long bytes) {
    if (bytes < 1024) {
      return bytes + " bita";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.forLanguageTag("id"), "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.forLanguageTag("id"), "%.1f MB", bytes / (1024.0 * 1024.0)).replace(",0 MB", " MB");
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
