package id.kinerja.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import id.kinerja.system.forms.SubmissionRejections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API answers 500, with the engine's own message, to much that is the caller's
 * mistake: completing a task that is gone ("task is null"), claiming a claimed task, reading the
 * variables of an ended instance, a value the engine cannot store, a request body the REST API
 * trips over. A person gets a 4xx in Bahasa Indonesia instead, and never the engine's message or
 * a stack trace; the original goes to the server log (as an ERROR where it was a Java runtime
 * failure, which is a defect to mend even when the request was wrong). Only a fault of the server
 * itself (the database, memory) stays a 500, with a message that says only that it was recorded.
 *
 * <p>Only an answer of 500 and above (503 excepted: the database is away) is held and rewritten;
 * every other answer streams through untouched.
 */
class EngineErrorAnswers extends OncePerRequestFilter {

  static final String NOT_FOUND = "Data yang diminta tidak ada, sudah selesai, atau bukan milik Anda. Muat ulang halaman.";
  static final String CLAIMED = "Tugas ini sudah diambil oleh orang lain. Muat ulang daftar tugas.";
  static final String CHANGED = "Data ini baru saja diubah di tempat lain. Belum ada yang tersimpan: muat ulang lalu coba lagi.";
  static final String REFUSED = "Permintaan ini tidak dapat diproses: isian atau tindakannya tidak sesuai dengan "
      + "keadaan data. Tidak ada yang tersimpan.";
  static final String SERVER = "Terjadi kesalahan di server dan sudah dicatat. Tidak ada yang tersimpan; coba lagi nanti.";

  private static final Logger log = LoggerFactory.getLogger(EngineErrorAnswers.class);
  private static final Pattern MISSING = Pattern.compile(
      "(?i)(is null|does ?n[o']t exist|does not exist|not found|cannot find|no \\w+ found|unknown)");
  /** The server itself is in trouble: not something the caller can mend by sending something else. */
  private static final Set<String> SERVER_FAULTS = Set.of("StackOverflowError", "OutOfMemoryError",
      "NoSuchMethodError", "NoClassDefFoundError", "SQLException", "PersistenceException");
  /** A Java runtime failure the request ran into: answered as refused, logged as an error to mend. */
  private static final Set<String> RUNTIME_FAILURES = Set.of("NullPointerException", "IllegalStateException",
      "ClassCastException", "IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException",
      "UnsupportedOperationException", "IllegalArgumentException", "NumberFormatException");

  private final ObjectMapper json;

  EngineErrorAnswers(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HeldServerError held = new HeldServerError(response);
    var logScope = SubmissionRejections.open();
    try (logScope) {
      chain.doFilter(request, held);
    } catch (IOException | ServletException | RuntimeException e) {
      logScope.writeHeldBackLog();
      throw e;
    }
    if (!held.holding) {
      int status = held.getStatus();
      if (status >= 500) {
        logScope.writeHeldBackLog();
      } else if (logScope.heldBack() > 0) {
        // refused as the caller's mistake (a 4xx such as a refused deployment): the engine's ERROR
        // and the REST API's WARN with their stack traces are no server error
        log.info("{} {} by {} refused with {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
            status);
        logScope.discardHeldBackLog();
      }
      return;
    }
    JsonNode original = read(held.body.toByteArray());
    String type = original.path("type").asText("");
    String message = original.path("message").asText("");
    int status;
    String answer;
    if ("TaskAlreadyClaimedException".equals(type)) {
      status = HttpServletResponse.SC_CONFLICT;
      answer = CLAIMED;
    } else if ("OptimisticLockingException".equals(type)) {
      status = HttpServletResponse.SC_CONFLICT;
      answer = CHANGED;
    } else if (SERVER_FAULTS.contains(type)) {
      status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
      answer = SERVER;
    } else if (MISSING.matcher(message).find()) {
      status = HttpServletResponse.SC_NOT_FOUND;
      answer = NOT_FOUND;
    } else {
      status = HttpServletResponse.SC_BAD_REQUEST;
      answer = REFUSED;
    }
    String where = request.getMethod() + " " + request.getRequestURI();
    if (status >= 500 || RUNTIME_FAILURES.contains(type)) {
      logScope.writeHeldBackLog(); // a defect to mend: with its stack trace
      log.error("{} by {} failed on the server ({} {}): {}", where, request.getRemoteUser(), held.status, type, message);
    } else {
      logScope.discardHeldBackLog(); // the caller's mistake: one line, below
      log.info("{} by {} refused: {} instead of the engine's {} {}: {}", where, request.getRemoteUser(), status,
          held.status, type, message);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", status == HttpServletResponse.SC_NOT_FOUND ? "NotFoundException"
        : status == HttpServletResponse.SC_CONFLICT ? type
        : status >= 500 ? "ServerError" : "InvalidRequestException");
    body.put("message", answer);
    byte[] bytes = json.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private JsonNode read(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.createObjectNode() : node;
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  /** Passes everything through, except an answer of 500 and above (not 503), which it holds. */
  private static final class HeldServerError extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean holding;
    private int status = SC_OK;
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldServerError(HttpServletResponse response) {
      super(response);
    }

    private static boolean held(int status) {
      return status >= 500 && status != SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      holding = held(sc);
      if (!holding) {
        super.setStatus(sc);
      }
    }

    @Override
    public void sendError(int sc) throws IOException {
      sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      holding = held(sc);
      if (!holding) {
        super.sendError(sc, msg);
      }
    }

    /** The held answer's length is not the length of the answer given instead. */
    @Override
    public void setContentLength(int len) {
      if (!holding) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!holding) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(holding && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(holding && "Content-Length".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if (!(holding && "Content-Length".equalsIgnoreCase(name))) {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public int getStatus() {
      return holding ? status : super.getStatus();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holding) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            body.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("held answers are written synchronously");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holding) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!holding) {
        super.flushBuffer();
      } else if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void resetBuffer() {
      body.reset();
      if (!holding) {
        super.resetBuffer();
      }
    }

    @Override
    public void reset() {
      body.reset();
      holding = false;
      status = SC_OK;
      super.reset();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Around the engine's API and every filter in front of it that may answer for it. */
    @Bean
    FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers(ObjectMapper json) {
      var registration = new FilterRegistrationBean<>(new EngineErrorAnswers(json));
      registration.setName("Kinerja engine error answers");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      registration.setDispatcherTypes(DispatcherType.REQUEST);
      registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 4);
      return registration;
    }
  }
}
