package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a task submission (REST {@code complete}/{@code submit-form}, also Tasklist's) that the
 * engine refused, in words a user understands:
 * <ul>
 *   <li>refused by the server-side form check ({@code submissionRulesListener}, inside the
 *       completion, so nothing was stored): 400 with the messages, where the REST API would
 *       answer 500 "Cannot submit task form …";</li>
 *   <li>the same task completed from two browsers (or two tabs) at once: the engine lets exactly
 *       one win; the other gets a 404 ("no such task") or a 500 (optimistic locking) from the REST
 *       API. That becomes a 409 when the task is now completed or gone and the caller was its
 *       assignee, owner or a candidate;</li>
 *   <li>the step changed data that another transaction changed meanwhile, e.g. a mutasi handed
 *       the employee to a new appraiser while the step was creating the appraiser's next task
 *       ({@code PejabatFollowsOrganisation}): the engine refuses the whole step with an optimistic
 *       locking conflict, the REST API answers 500. That becomes a 409 "send it again" when the
 *       task is still open (the conflict shows only after the engine's authorization check, so
 *       the caller may complete the task): nothing was stored, and the same submission sent
 *       again now goes through with the current data.</li>
 * </ul>
 * Both are logged as one INFO line (the REST API's WARN with a stack trace, and the engine's
 * ERROR, are held back by {@link RefusedSubmissionLogFilter} and dropped). Anything else passes
 * unchanged, its log entries included; a successful submission costs nothing extra.
 */
class TaskSubmissionOutcomeFilter extends OncePerRequestFilter {

  static final String COMPLETED_MESSAGE =
      "Tugas ini sudah diselesaikan oleh orang lain atau di tab lain. Muat ulang daftar tugas.";
  static final String CANCELLED_MESSAGE =
      "Tugas ini sudah tidak berlaku (prosesnya dihentikan atau dipindahkan). Muat ulang daftar tugas.";
  static final String CHANGED_MESSAGE =
      "Data penilaian ini baru saja diubah di tempat lain (mis. mutasi pejabat penilai) saat tugas dikirim. "
          + "Belum ada yang tersimpan: kirim sekali lagi.";

  private static final Pattern TASK = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete)$");
  private static final String COMPLETED = "completed";
  private static final String ALREADY_COMPLETED = "TaskAlreadyCompletedException";
  private static final String CHANGED = OptimisticLockingException.class.getSimpleName();
  private static final String OPTIMISTIC_LOCKING_CODE = "ENGINE-03005";

  private static final Logger log = LoggerFactory.getLogger(TaskSubmissionOutcomeFilter.class);

  private final HistoryService historyService;
  private final TaskService taskService;
  private final EngineCaller caller;
  private final ObjectMapper json;

  TaskSubmissionOutcomeFilter(HistoryService historyService, TaskService taskService, EngineCaller caller,
      ObjectMapper json) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.caller = caller;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher task = TASK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!task.matches()) {
      chain.doFilter(request, response);
      return;
    }
    String taskId = task.group(1);
    Principal principal = request.getUserPrincipal();
    var buffered = new ContentCachingResponseWrapper(response);
    Exception failure = null;
    List<String> refused;
    var submission = SubmissionRejections.open();
    try (submission) {
      try {
        chain.doFilter(request, buffered);
      } catch (ServletException | IOException | RuntimeException e) {
        failure = e; // e.g. the engine noticed the race somewhere the REST API does not map
      }
      refused = submission.violations();
    }
    boolean explained = false;
    if ((failure != null || buffered.getStatus() >= 400) && !buffered.isCommitted()) {
      // the other browser's completion first: a check that ran on the task as the winner left it
      // (its answer already gone with the ended process) is no reason to tell this person to mend the form
      HistoricTaskInstance ended = caller.asSystem(() -> endedTask(taskId));
      if (!refused.isEmpty() && !(ended != null && mayHaveWorkedOn(ended, principal))) {
        log.info("Submission of task {} refused by the form check ({} message(s)); answered 400", taskId,
            refused.size());
        buffered.resetBuffer();
        FormSubmissionFilter.writeRejection(buffered, refused, json);
        failure = null;
        explained = true;
      } else {
        if (ended != null && mayHaveWorkedOn(ended, principal)) {
          boolean completed = COMPLETED.equals(ended.getDeleteReason());
          log.info("Submission of task {} came after the task was {}; answered 409", taskId,
              completed ? "completed (another browser or tab)" : "ended with its process");
          buffered.resetBuffer();
          conflict(buffered, ALREADY_COMPLETED, completed ? COMPLETED_MESSAGE : CANCELLED_MESSAGE);
          failure = null;
          explained = true;
        } else if (ended == null && conflicted(failure, submission, buffered) && stillOpen(taskId)) {
          log.info("Submission of task {} conflicted with a change made meanwhile (optimistic locking); "
              + "nothing stored, answered 409", taskId);
          buffered.resetBuffer();
          conflict(buffered, CHANGED, CHANGED_MESSAGE);
          failure = null;
          explained = true;
        }
      }
    }
    if (!explained) {
      submission.writeHeldBackLog(); // a real failure: the REST API's own log entry, as it was
    }
    if (failure == null) {
      buffered.copyBodyToResponse();
    } else {
      rethrow(failure);
    }
  }

  private static void rethrow(Exception failure) throws ServletException, IOException {
    if (failure instanceof ServletException e) {
      throw e;
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    throw (RuntimeException) failure;
  }

  private HistoricTaskInstance endedTask(String taskId) {
    try {
      return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
    } catch (ProcessEngineException e) {
      return null;
    }
  }

  /** Whether the submission failed on an optimistic locking conflict, wherever it was noticed. */
  private static boolean conflicted(Exception failure, SubmissionRejections.Scope submission,
      ContentCachingResponseWrapper answer) {
    return (failure != null && SubmissionRejections.causedBy(failure, OptimisticLockingException.class))
        || submission.heldBackFailure(OptimisticLockingException.class)
        // the REST API's own answer, where its log entry is switched off: "Cannot complete task …:
        // ENGINE-03005 Execution of 'UPDATE …' failed. Entity was updated by another transaction concurrently."
        || new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8).contains(OPTIMISTIC_LOCKING_CODE);
  }

  /**
   * Whether the task is still open. Who gets the 409 needs no further check here: a conflict is
   * found only when the engine flushes the step's changes, after it has checked that the caller
   * may complete the task.
   */
  private boolean stillOpen(String taskId) {
    return caller.asSystem(() -> taskService.createTaskQuery().taskId(taskId).count()) == 1;
  }

  /**
   * Whether the caller was the assignee or a candidate of the ended task: only they learn that it
   * was completed; anyone else keeps the engine's own answer (e.g. "no such task").
   */
  private boolean mayHaveWorkedOn(HistoricTaskInstance task, Principal principal) {
    if (principal == null) {
      return false;
    }
    String user = principal.getName();
    if (user.equals(task.getAssignee()) || user.equals(task.getOwner())) {
      return true;
    }
    List<String> groups = EngineCaller.groups(principal);
    List<HistoricIdentityLinkLog> links = caller.asSystem(() ->
        historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list());
    return links.stream().anyMatch(link -> user.equals(link.getUserId())
        || (link.getGroupId() != null && groups.contains(link.getGroupId())));
  }

  private void conflict(HttpServletResponse response, String type, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    json.writeValue(response.getOutputStream(), body);
  }
}
