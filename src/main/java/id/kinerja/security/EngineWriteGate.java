package id.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Users complete tasks; they do not steer the engine. Of everything the engine's REST API (and the
 * webapps' copy of it, which Tasklist and Cockpit use) can change, a person who is not an admin may
 * only: run queries (which POST their criteria), complete or claim a task, start a process the
 * engine lets them start, comment on a task, and, as a process owner, deploy models and plan a
 * migration. Throwing BPMN errors or escalations on a task, correlating messages, signals and
 * conditions, modifying or deleting instances, writing variables, handing tasks over, creating
 * free tasks, running jobs, changing users, groups or authorizations: admins only, answered 403.
 *
 * <p>An allow-list, not a deny-list, so a resource that a later engine version adds is closed until
 * somebody opens it here. The engine's own authorization checks still apply to everything let
 * through.
 */
class EngineWriteGate extends OncePerRequestFilter {

  static final String MESSAGE = "Tindakan ini hanya untuk administrator. Pegawai dan pejabat penilai "
      + "menyelesaikan tugasnya lewat formulir tugas di Tasklist.";

  static final String DEPLOYMENT_MESSAGE = "Hanya pemilik proses (process-owner) dan administrator yang dapat "
      + "men-deploy model dan merencanakan migrasi.";

  private static final Pattern ENGINE_API = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)?$");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String ID = "[^/]+";

  /** POSTs that only read: a query with its criteria in the body. */
  private static final Pattern QUERIES = Pattern.compile("^/(?:"
      + "(?:task|process-instance|execution|variable-instance|job|job-definition|incident|external-task"
      + "|process-definition|decision-definition|deployment|batch|event-subscription|group)(?:/count)?"
      + "|history/(?:process-instance|activity-instance|task|variable-instance|detail|incident|identity-link-log"
      + "|decision-instance|job-log|external-task-log|user-operation|batch|case-instance|case-activity-instance)"
      + "(?:/count|/report)?"
      + "|filter/" + ID + "/(?:list|count|singleResult)"
      + "|process-instance/statistics|process-definition/statistics"
      + ")$");

  /** What every signed-in person may change: their own task work and the starts they are allowed. */
  private static final Pattern EVERYONE = Pattern.compile("^/(?:"
      + "task/" + ID + "/(?:complete|submit-form|claim|unclaim|comment/create)"
      + "|process-definition/(?:key/" + ID + "(?:/tenant-id/" + ID + ")?|" + ID + ")/(?:start|submit-form)"
      + ")$");

  /** A process owner's work: deploying models (checked before the engine accepts them) and planning migrations. */
  private static final Pattern PROCESS_OWNER = Pattern.compile("^/(?:"
      + "deployment/create|migration/generate|migration/validate"
      + ")$");

  private final ObjectMapper json;

  EngineWriteGate(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return READS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var engine = ENGINE_API.matcher(path);
    String resource = engine.matches() && engine.group(1) != null ? engine.group(1) : "/";
    if (!engine.matches() || allowed(request.getMethod(), resource, groups(request))) {
      chain.doFilter(request, response);
      return;
    }
    logger.info("Refused " + request.getMethod() + " " + path + " for " + request.getRemoteUser()
        + ": engine changes other than task work are for admins");
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", PROCESS_OWNER.matcher(resource).matches() ? DEPLOYMENT_MESSAGE : MESSAGE);
    json.writeValue(response.getOutputStream(), body);
  }

  static boolean allowed(String method, String resource, List<String> groups) {
    if (groups.contains(Roles.ADMIN)) {
      return true;
    }
    if (!"POST".equals(method)) {
      return false;
    }
    String path = resource.endsWith("/") && resource.length() > 1 ? resource.substring(0, resource.length() - 1) : resource;
    return QUERIES.matcher(path).matches()
        || EVERYONE.matcher(path).matches()
        || (groups.contains(Roles.PROCESS_OWNER) && PROCESS_OWNER.matcher(path).matches());
  }

  private static List<String> groups(HttpServletRequest request) {
    if (request.getUserPrincipal() instanceof Authentication auth) {
      String prefix = Roles.authorityOf("");
      return auth.getAuthorities().stream()
          .map(GrantedAuthority::getAuthority)
          .filter(a -> a.startsWith(prefix))
          .map(a -> a.substring(prefix.length()))
          .toList();
    }
    return List.of();
  }
}
