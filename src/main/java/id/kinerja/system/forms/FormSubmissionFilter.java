package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Validates, before the engine sees it, every process start with a form that reaches the REST API
 * or the webapps' API (process start and start-form submit) against its Camunda Form: a bad
 * submission is answered 400 with a readable message and nothing is stored. Task submissions are
 * checked inside the engine's completion instead ({@code submissionRulesListener}, answered by
 * {@link TaskSubmissionOutcomeFilter}): there the task and its variables are at hand already.
 */
class FormSubmissionFilter extends OncePerRequestFilter {

  static final String MESSAGE_PREFIX = "Isian formulir belum benar: ";

  private static final String PREFIX = "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern START_BY_ID =
      Pattern.compile(PREFIX + "/process-definition/([^/]+)/(?:submit-form|start)$");
  private static final Pattern START_BY_KEY = Pattern.compile(
      PREFIX + "/process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(?:submit-form|start)$");

  private final FormSubmissionValidator validator;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final EngineCaller caller;
  private final ObjectMapper json;

  FormSubmissionFilter(FormSubmissionValidator validator, FormService formService,
      RepositoryService repositoryService, IdentityService identityService, ObjectMapper json) {
    this.validator = validator;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.caller = new EngineCaller(identityService);
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher startByKey = START_BY_KEY.matcher(path);
    Matcher startById = START_BY_ID.matcher(path);
    boolean isStartByKey = startByKey.matches();
    boolean isStartById = !isStartByKey && startById.matches();
    if (!isStartByKey && !isStartById) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    HttpServletRequest replayable = new ReplayableRequest(request, body);
    Map<String, Object> submitted;
    try {
      submitted = submittedVariables(body);
    } catch (IOException e) {
      chain.doFilter(replayable, response); // not JSON: the REST API answers that itself
      return;
    }

    // the form is read with the caller's own permissions, so this filter reveals nothing extra;
    // the rules then run with the system's view (e.g. "does that NIP exist?")
    Optional<Submission> submission = asUser(request.getUserPrincipal(), () -> {
      Optional<String> definitionId = isStartByKey
          ? latestDefinition(startByKey.group(1), startByKey.group(2))
          : Optional.of(startById.group(1));
      return definitionId.flatMap(id -> startSubmission(id, submitted));
    });
    List<String> violations = submission.isEmpty() ? List.of() : asUser(null, () -> validate(submission.get()));
    if (violations.isEmpty()) {
      chain.doFilter(replayable, response);
    } else {
      reject(response, violations);
    }
  }

  private record Submission(byte[] form, Map<String, Object> variables) {}

  private List<String> validate(Submission submission) {
    try {
      return validator.violations(new ByteArrayInputStream(submission.form()), submission.variables());
    } catch (IOException e) {
      return List.of("Formulir tidak dapat dibaca: " + e.getMessage());
    }
  }

  private Optional<Submission> startSubmission(String definitionId, Map<String, Object> submitted) {
    try (InputStream form = formService.getDeployedStartForm(definitionId)) {
      return Optional.of(new Submission(form.readAllBytes(), submitted));
    } catch (ProcessEngineException | IOException e) {
      return Optional.empty();
    }
  }

  private Optional<String> latestDefinition(String key, String tenantId) {
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    if (tenantId != null) {
      query.tenantIdIn(tenantId);
    }
    try {
      return Optional.ofNullable(query.singleResult()).map(ProcessDefinition::getId);
    } catch (ProcessEngineException e) {
      return Optional.empty();
    }
  }

  private <T> T asUser(Principal principal, java.util.function.Supplier<T> work) {
    return caller.as(principal, work);
  }

  private Map<String, Object> submittedVariables(byte[] body) throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (body.length == 0) {
      return variables;
    }
    JsonNode root = json.readTree(body);
    JsonNode vars = root == null ? null : root.get("variables");
    if (vars == null || !vars.isObject()) {
      return variables;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = vars.fields(); it.hasNext(); ) {
      var entry = it.next();
      variables.put(entry.getKey(), plainValue(entry.getValue()));
    }
    return variables;
  }

  /** A REST typed value ({"value":…, "type":…}) as the plain Java value a form field holds. */
  private Object plainValue(JsonNode typed) {
    JsonNode value = typed.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    String type = typed.path("type").asText("");
    boolean serializedJson = "Json".equalsIgnoreCase(type)
        || ("Object".equalsIgnoreCase(type)
            && typed.path("valueInfo").path("serializationDataFormat").asText("").contains("json"));
    try {
      if (serializedJson && value.isTextual()) {
        return json.readValue(value.asText(), Object.class);
      }
      return json.treeToValue(value, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void reject(HttpServletResponse response, List<String> violations) throws IOException {
    writeRejection(response, violations, json);
  }

  /** The 400 of a refused form, the same for a process start and a task submission. */
  static void writeRejection(HttpServletResponse response, List<String> violations, ObjectMapper json)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", MESSAGE_PREFIX + String.join("; ", violations));
    body.put("violations", violations);
    json.writeValue(response.getOutputStream(), body);
  }

  /** Lets the REST API read a body that this filter has already read. */
  private static final class ReplayableRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayableRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the replayed body is read synchronously");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
