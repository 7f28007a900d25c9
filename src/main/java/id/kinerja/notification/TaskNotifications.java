package id.kinerja.notification;

import id.kinerja.kernel.AppraisalProcess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;

/**
 * Records the notification events of every user task of every process, with no change to any
 * model: Camunda's Spring Boot eventing ({@code camunda.bpm.eventing.task=true}) publishes each
 * task listener event as a Spring event, which arrives here inside the engine's transaction, so an
 * event is recorded exactly when the task change is committed. Sending is {@link NotificationMailer}'s.
 *
 * <p>Recipients: the assignee; a task offered to groups (e.g. {@code bkpsdm}) goes to their members.
 * Each recipient is looked up in the organisation (org_employee.email); one without an address is
 * recorded as TANPA_EMAIL and never mailed.
 */
class TaskNotifications {

  private static final Logger log = LoggerFactory.getLogger(TaskNotifications.class);

  private final NotificationRepository repository;
  private final NotificationProperties properties;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ImmediateDispatch immediateDispatch;

  TaskNotifications(NotificationRepository repository, NotificationProperties properties, TaskService taskService,
      IdentityService identityService, ImmediateDispatch immediateDispatch) {
    this.repository = repository;
    this.properties = properties;
    this.taskService = taskService;
    this.identityService = identityService;
    this.immediateDispatch = immediateDispatch;
  }

  @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
  public void onTaskEvent(DelegateTask task) {
    NotificationKind kind = properties.tugasEskalasi().contains(task.getTaskDefinitionKey())
        ? NotificationKind.ESKALASI : NotificationKind.TUGAS_BARU;
    Set<String> recipients = new LinkedHashSet<>();
    var current = identityService.getCurrentAuthentication();
    if (task.getAssignee() != null && current != null && task.getAssignee().equals(current.getUserId())
        && TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      return; // somebody claiming a task for themselves needs no mail about it
    }
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
    } else if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      recipients.addAll(candidates(task.getCandidates()));
    }
    Object nip = AppraisalProcess.NIP.from(task);
    String title = title(kind, task.getName(), nip);
    for (String recipient : recipients) {
      // one event per task and person: the create and assignment events of one assignment are one event
      record(kind.name() + ":" + task.getId() + ":" + recipient, kind, recipient, task.getId(), title,
          toLocal(task.getDueDate()));
    }
  }

  /**
   * Records a JATUH_TEMPO event for every open task due within {@code jatuhTempoJam} hours that has
   * none yet: once per task and recipient, whichever node looks first.
   */
  int scanDueSoon() {
    Date now = new Date();
    Date until = new Date(now.getTime() + properties.jatuhTempoJam() * 3_600_000L);
    List<Task> due = taskService.createTaskQuery().active().dueAfter(now).dueBefore(until).list();
    if (due.isEmpty()) {
      return 0;
    }
    Map<String, List<String>> recipientsByTask = new java.util.HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Task task : due) {
      List<String> recipients = task.getAssignee() != null ? List.of(task.getAssignee())
          : candidates(taskService.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).collect(Collectors.toSet()));
      recipientsByTask.put(task.getId(), recipients);
      recipients.forEach(recipient -> keys.add(dueKey(task, recipient)));
    }
    Set<String> known = repository.existingKeys(keys);
    int recorded = 0;
    for (Task task : due) {
      for (String recipient : recipientsByTask.get(task.getId())) {
        String key = dueKey(task, recipient);
        if (known.contains(key)) {
          continue;
        }
        Object nip = task.getProcessInstanceId() == null ? null : taskService.getVariable(task.getId(), AppraisalProcess.NIP.name());
        try {
          if (record(key, NotificationKind.JATUH_TEMPO, recipient, task.getId(),
              title(NotificationKind.JATUH_TEMPO, task.getName(), nip), toLocal(task.getDueDate()))) {
            recorded++;
          }
        } catch (DuplicateKeyException e) {
          log.debug("Another node recorded {} first", key);
        }
      }
    }
    return recorded;
  }

  /** Records the other features' reminders for the digest about to go out; each key once. */
  int recordReminders(List<DigestReminders> sources) {
    int recorded = 0;
    String base = properties.urlDasar().endsWith("/")
        ? properties.urlDasar().substring(0, properties.urlDasar().length() - 1) : properties.urlDasar();
    for (DigestReminders source : sources) {
      for (DigestReminders.Reminder r : source.due()) {
        String email = repository.emailOf(r.recipient()).orElse(null);
        try {
          if (repository.record(r.key(), NotificationKind.KEGIATAN_HARIAN, r.recipient(), email, null, r.title(),
              base + r.path(), null, false)) {
            recorded++;
          }
        } catch (DuplicateKeyException e) {
          log.debug("Another node recorded {} first", r.key());
        }
      }
    }
    return recorded;
  }

  private static String dueKey(Task task, String recipient) {
    return NotificationKind.JATUH_TEMPO.name() + ":" + task.getId() + ":" + recipient;
  }

  private boolean record(String key, NotificationKind kind, String recipient, String taskId, String title,
      LocalDateTime due) {
    String email = repository.emailOf(recipient).orElse(null);
    boolean immediate = properties.immediate(kind);
    boolean recorded = repository.record(key, kind, recipient, email, taskId, title, properties.tasklistLink(taskId), due,
        immediate);
    if (recorded && immediate && email != null) {
      immediateDispatch.recorded();
    }
    return recorded;
  }

  private List<String> candidates(Set<IdentityLink> links) {
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream()
            .map(User::getId).forEach(users::add);
      }
    }
    return new ArrayList<>(users);
  }

  private String title(NotificationKind kind, String taskName, Object nip) {
    String who = "";
    if (nip != null) {
      String name = repository.nameOf(nip.toString()).orElse(null);
      who = name == null ? " — pegawai " + nip : " — " + name + " (" + nip + ")";
    }
    String name = taskName == null ? "tugas" : "\"" + taskName + "\"";
    return switch (kind) {
      case TUGAS_BARU -> "Tugas baru untuk Anda: " + name + who;
      case JATUH_TEMPO -> "Segera jatuh tempo: " + name + who;
      case ESKALASI -> "Eskalasi, perlu tindak lanjut Anda: " + name + who;
      case KEGIATAN_HARIAN -> name;
      case PENGINGAT -> "Pengingat tenggat: " + name + who;
    };
  }

  private static LocalDateTime toLocal(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }

}
