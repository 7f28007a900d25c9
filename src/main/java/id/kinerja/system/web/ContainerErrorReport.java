package id.kinerja.system.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter or Spring sees them: a URL with an encoded
 * slash ({@code %2F}), a NUL ({@code %00}), a backslash, or a request line it cannot parse. Its error
 * report is an English HTML page ("HTTP Status 400 – Bad Request"); with this it is a short JSON
 * message in Bahasa Indonesia, like every other refusal. Answers that already have a body (Spring's
 * error page, the REST API's own errors) are left alone: the valve writes only where nothing was.
 *
 * <p>Replaces the {@link ErrorReportValve} that Spring Boot puts on the host, and is the host's
 * error report valve class, so Tomcat adds no other.
 */
@Component
class ContainerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  /** What Tomcat refuses with a 400 by itself is nearly always the URL. */
  static final Map<Integer, String> MESSAGES = Map.of(400,
      "Permintaan tidak dapat diproses: alamat (URL) atau kepala (header) permintaan tidak sah "
          + "(mis. mengandung %2F, %00, '\\' atau karakter yang tidak diizinkan).");

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own customizer, which adds its valve
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (!(context.getParent() instanceof Host host)) {
        return;
      }
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.getPipeline().addValve(new JsonErrorReportValve());
      if (host instanceof StandardHost standard) {
        standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
      }
    });
  }

  /** Writes {@code {"status":…,"message":…}} where Tomcat would write its HTML report. */
  public static class JsonErrorReportValve extends ErrorReportValve {

    public JsonErrorReportValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      // as Tomcat's own: nothing for a success, for an answer that has a body, or one not in error
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(true);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      String message = MESSAGES.getOrDefault(status, ErrorMessages.message(status));
      try {
        response.setContentType("application/json");
        response.setCharacterEncoding("utf-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"status\":" + status + ",\"message\":\"" + json(message) + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the answer was committed meanwhile: nothing left to tell
      }
    }

    private static String json(String text) {
      return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
  }
}
