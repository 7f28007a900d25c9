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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, before the engine sees it, every task submission and process start that reaches the REST
 * API or the webapps' API (Tasklist): task {@code complete}/{@code submit-form}/{@code resolve},
 * process {@code start}/{@code submit-form}.
 * <ul>
 *   <li>The request is JSON of a sane size, with only the parts such a request has (a start's
 *       {@code startInstructions} or {@code skipCustomListeners} steer the engine: admins only).</li>
 *   <li>Its variables are the fields of the task's or start event's own Camunda Form, with values
 *       of the kind each field implies ({@link FormShape}); a task or start without a form takes no
 *       variables. Anything else, e.g. the employee's NIP, the year or a predikat that the process
 *       computes, is refused with a 400 naming the key, and nothing is stored.</li>
 *   <li>A start's variables are then checked against the form's rules and the domain rules of that
 *       form ({@link FormSubmissionValidator}); a task's are checked inside the engine's completion
 *       ({@code submissionRulesListener}), where the task and its variables are at hand.</li>
 * </ul>
 */
class FormSubmissionFilter extends OncePerRequestFilter {

  static final String MESSAGE_PREFIX = "Isian formulir belum benar: ";

  /** Largest body of a submission: a year's SKP with every indicator is a few tens of KiB. */
  static final int MAX_BODY = 2 * 1024 * 1024;

  private static final String PREFIX = "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern START_BY_ID =
      Pattern.compile(PREFIX + "/process-definition/([^/]+)/(?:submit-form|start)$");
  private static final Pattern START_BY_KEY = Pattern.compile(
      PREFIX + "/process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(?:submit-form|start)$");
  private static final Pattern TASK_SUBMIT =
      Pattern.compile(PREFIX + "/task/([^/]+)/(?:submit-form|complete|resolve)$");
  private static final Set<String> TASK_PARTS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_PARTS = Set.of("variables", "businessKey", "withVariablesInReturn");

  private static final Logger log = LoggerFactory.getLogger(FormSubmissionFilter.class);

  private final FormSubmissionValidator validator;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final EngineCaller caller;
  private final ObjectMapper json;
  private final Map<String, FormShape> shapes = new ConcurrentHashMap<>();

  FormSubmissionFilter(FormSubmissionValidator validator, FormService formService,
      RepositoryService repositoryService, TaskService taskService, IdentityService identityService,
      ObjectMapper json) {
    this.validator = validator;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
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
    Matcher taskSubmit = TASK_SUBMIT.matcher(path);
    boolean isStartByKey = startByKey.matches();
    boolean isStartById = !isStartByKey && startById.matches();
    boolean isTask = taskSubmit.matches();
    if (!isStartByKey && !isStartById && !isTask) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      answer(response, 413, "Isian terlalu besar (paling banyak " + MAX_BODY / (1024 * 1024) + " MB).");
      return;
    }
    JsonNode root;
    try {
      root = body.length == 0 ? json.createObjectNode() : TypedValues.readTree(body);
    } catch (IOException e) {
      answer(response, 400, "Permintaan bukan JSON yang dapat dibaca.");
      return;
    }
    Principal principal = request.getUserPrincipal();
    String refusal = partsProblem(root, isTask ? TASK_PARTS : START_PARTS, isAdmin(principal));
    if (refusal != null) {
      log.info("{} by {} refused before the engine: {}", path, request.getRemoteUser(), refusal);
      answer(response, 400, refusal);
      return;
    }
    Map<String, JsonNode> submitted = new LinkedHashMap<>();
    root.path("variables").fields().forEachRemaining(e -> submitted.put(e.getKey(), e.getValue()));
    HttpServletRequest replayable = new ReplayableRequest(request, body);

    List<String> violations;
    if (isTask) {
      violations = taskViolations(taskSubmit.group(1), principal, submitted);
    } else {
      // the form is read with the caller's own permissions, so this filter reveals nothing extra;
      // the rules then run with the system's view (e.g. "does that NIP exist?")
      Optional<String> definitionId = caller.as(principal, () -> isStartByKey
          ? latestDefinition(startByKey.group(1), startByKey.group(2))
          : visibleDefinition(startById.group(1)));
      violations = definitionId.isEmpty() ? List.of() : startViolations(definitionId.get(), submitted);
    }
    if (violations.isEmpty()) {
      chain.doFilter(replayable, response);
    } else {
      log.info("{} by {} refused before the engine: {}", path, request.getRemoteUser(), violations);
      writeRejection(response, violations, json);
    }
  }

  /** What is wrong with the parts of the request; null when it has only those a submission has. */
  private static String partsProblem(JsonNode root, Set<String> parts, boolean admin) {
    if (!root.isObject()) {
      return "Permintaan harus berupa objek JSON {\"variables\": {…}}.";
    }
    for (var names = root.fieldNames(); names.hasNext(); ) {
      String part = names.next();
      if (!parts.contains(part) && !admin) {
        return "Bagian permintaan '" + part + "' tidak diterima: hanya {\"variables\": {…}} yang dapat dikirim.";
      }
    }
    JsonNode variables = root.get("variables");
    if (variables != null && !variables.isNull() && !variables.isObject()) {
      return "'variables' harus berupa objek {\"nama\": {\"value\": …}}.";
    }
    return null;
  }

  private List<String> taskViolations(String taskId, Principal principal, Map<String, JsonNode> submitted) {
    Task task = caller.as(principal, () -> visibleTask(taskId));
    if (task == null) {
      return List.of(); // not there, or not the caller's: the engine gives its own answer
    }
    FormShape shape = task.getProcessDefinitionId() == null
        ? taskShape(taskId)
        : shapes.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
            key -> taskShape(taskId));
    if (submitted.isEmpty()) {
      return List.of();
    }
    return shape.violations(submitted, name -> caller.asSystem(() -> currentValue(taskId, name)));
  }

  private List<String> startViolations(String definitionId, Map<String, JsonNode> submitted) {
    Optional<byte[]> form = caller.asSystem(() -> startForm(definitionId));
    FormShape shape = shapes.computeIfAbsent(definitionId,
        id -> form.map(this::shapeOf).orElse(FormShape.none()));
    List<String> wrong = shape.violations(submitted, name -> null);
    if (!wrong.isEmpty() || form.isEmpty()) {
      return wrong;
    }
    Map<String, Object> plain = new LinkedHashMap<>();
    submitted.forEach((name, typed) -> plain.put(name, TypedValues.plain(typed)));
    return caller.asSystem(() -> validate(new Submission(form.get(), plain)));
  }

  private Task visibleTask(String taskId) {
    try {
      return taskService.createTaskQuery().taskId(taskId).singleResult();
    } catch (ProcessEngineException e) {
      return null;
    }
  }

  private FormShape taskShape(String taskId) {
    return caller.asSystem(() -> {
      try (InputStream form = formService.getDeployedTaskForm(taskId)) {
        return shapeOf(form.readAllBytes());
      } catch (ProcessEngineException e) {
        return FormShape.none(); // no Camunda Form: the task takes no variables
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private FormShape shapeOf(byte[] form) {
    try {
      return FormShape.of(json.readTree(form));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The variable as the task sees it now, as plain Java (a Json variable as lists and maps). */
  private Object currentValue(String taskId, String name) {
    try {
      Object value = taskService.getVariable(taskId, name);
      if (value instanceof SpinJsonNode node) {
        return json.readValue(node.toString(), Object.class);
      }
      return value;
    } catch (ProcessEngineException | IOException e) {
      return null;
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

  private Optional<byte[]> startForm(String definitionId) {
    try (InputStream form = formService.getDeployedStartForm(definitionId)) {
      return Optional.of(form.readAllBytes());
    } catch (ProcessEngineException | IOException e) {
      return Optional.empty();
    }
  }

  private Optional<String> visibleDefinition(String definitionId) {
    try {
      return Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId)
          .singleResult()).map(ProcessDefinition::getId);
    } catch (ProcessEngineException e) {
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

  private static boolean isAdmin(Principal principal) {
    return EngineCaller.groups(principal).contains(Groups.CAMUNDA_ADMIN);
  }

  private void answer(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", message);
    json.writeValue(response.getOutputStream(), body);
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
