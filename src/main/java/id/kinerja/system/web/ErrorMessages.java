package id.kinerja.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * What an error status means, in words a user of Kinerja understands, for answers that have no
 * more specific message of their own (the container's, Spring's, the error page's).
 */
public final class ErrorMessages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorMessages() {}

  /** The title of an error status, e.g. for a page heading. */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "Permintaan tidak sah";
      case 401 -> "Perlu masuk (login)";
      case 403 -> "Akses ditolak";
      case 404 -> "Tidak ditemukan";
      case 405 -> "Metode tidak didukung";
      case 406 -> "Format jawaban tidak tersedia";
      case 409 -> "Terjadi konflik";
      case 413 -> "Permintaan terlalu besar";
      case 415 -> "Jenis isi tidak didukung";
      case 429 -> "Terlalu banyak permintaan";
      case 503 -> "Layanan sedang tidak tersedia";
      default -> status >= 500 ? "Terjadi kesalahan pada server" : "Permintaan tidak dapat diproses";
    };
  }

  /** One sentence saying what went wrong and what the user can do. */
  public static String message(int status) {
    return switch (status) {
      case 400 -> "Permintaan tidak dapat diproses karena alamat, parameter, atau isinya tidak sah.";
      case 401 -> "Silakan masuk (login) terlebih dahulu.";
      case 403 -> "Anda tidak berhak membuka atau melakukan ini.";
      case 404 -> "Alamat yang diminta tidak ditemukan.";
      case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini.";
      case 406 -> "Jawaban tidak tersedia dalam format yang diminta.";
      case 409 -> "Permintaan bertentangan dengan keadaan data saat ini. Muat ulang lalu coba lagi.";
      case 413 -> "Isi permintaan terlalu besar.";
      case 415 -> "Jenis isi (Content-Type) permintaan tidak didukung untuk alamat ini.";
      case 429 -> "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.";
      case 503 -> "Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi.";
      default -> status >= 500
          ? "Terjadi kesalahan pada server. Coba lagi nanti; bila berulang, hubungi administrator."
          : "Permintaan tidak dapat diproses.";
    };
  }

  /** Writes {@code {"status":…,"message":…}} as the whole answer. */
  public static void writeJson(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    JSON.writeValue(response.getOutputStream(), body);
  }
}
