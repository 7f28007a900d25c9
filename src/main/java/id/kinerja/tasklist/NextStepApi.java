package id.kinerja.tasklist;

import id.kinerja.kernel.AsSystem;
import id.kinerja.system.Waktu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/tugas/{taskId}/sesudahnya}: right after a person completes a task in Tasklist, where
 * their file went: who holds it now, for which step and by when, or what the process waits for.
 * Tasklist shows this as its confirmation (scripts/kinerja-sesudah.js). Only the person the task
 * was assigned to may ask, and only about a task already completed: anyone else gets 404, as for
 * a task that does not exist.
 */
@RestController
class NextStepApi {

  record Step(String tugas, String pemegang, String tenggat) {}

  record NextStep(String pesan, boolean masihDiproses, List<Step> langkah) {}

  private final HistoryService historyService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Waktu waktu;

  NextStepApi(HistoryService historyService, TaskService taskService, IdentityService identityService, Waktu waktu) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.waktu = waktu;
  }

  @GetMapping("/api/tugas/{taskId}/sesudahnya")
  NextStep after(@PathVariable String taskId, Authentication user) {
    if (taskId.length() > 64) {
      throw notFound();
    }
    return AsSystem.call(identityService, () -> {
      HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      if (done == null || done.getEndTime() == null || !user.getName().equals(done.getAssignee())) {
        throw notFound();
      }
      String instanceId = done.getProcessInstanceId();
      if (instanceId == null) {
        return new NextStep("Tugas selesai.", false, List.of());
      }
      List<Step> steps = new ArrayList<>();
      for (Task next : taskService.createTaskQuery().processInstanceId(instanceId).orderByTaskCreateTime().asc().list()) {
        steps.add(new Step(next.getName(), holder(next, user.getName()),
            next.getDueDate() == null ? null : waktu.tanggal(next.getDueDate())));
      }
      if (!steps.isEmpty()) {
        return new NextStep("Terkirim. " + sentence(steps), false, steps);
      }
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instanceId).singleResult();
      if (instance != null && instance.getEndTime() != null) {
        return new NextStep("Terkirim. Proses ini sudah selesai; tidak ada tugas berikutnya.", false, List.of());
      }
      List<String> waiting = new ArrayList<>();
      for (HistoricActivityInstance open : historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(instanceId).unfinished().list()) {
        String type = open.getActivityType();
        if (open.getActivityName() != null && !type.equals("subProcess") && !type.endsWith("Gateway")
            && !type.equals("multiInstanceBody")) {
          waiting.add(open.getActivityName());
        }
      }
      if (waiting.isEmpty()) {
        // the next step is still being prepared (an asynchronous continuation): ask again shortly
        return new NextStep("Terkirim. Langkah berikutnya sedang disiapkan.", true, List.of());
      }
      return new NextStep("Terkirim. Tidak ada tugas yang menunggu sekarang; proses berlanjut: "
          + String.join(", ", waiting) + ".", false, List.of());
    });
  }

  private String sentence(List<Step> steps) {
    Map<String, List<Step>> byHolder = new LinkedHashMap<>();
    steps.forEach(step -> byHolder.computeIfAbsent(step.pemegang(), h -> new ArrayList<>()).add(step));
    List<String> parts = new ArrayList<>();
    byHolder.forEach((holder, theirs) -> {
      Step first = theirs.get(0);
      String what = "«" + first.tugas() + "»" + (first.tenggat() == null ? "" : ", tenggat " + first.tenggat())
          + (theirs.size() > 1 ? " dan " + (theirs.size() - 1) + " tugas lain" : "");
      parts.add(holder.equals("Anda") ? "Tugas Anda berikutnya: " + what : "Sekarang di tangan " + holder + ": " + what);
    });
    return String.join(". ", parts) + ".";
  }

  private String holder(Task task, String me) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(me) ? "Anda" : nameOf(task.getAssignee());
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          groups.add(nameOf(link.getUserId()));
        } else if (link.getGroupId() != null) {
          Group group = identityService.createGroupQuery().groupId(link.getGroupId()).singleResult();
          groups.add(group == null || group.getName() == null ? "kelompok " + link.getGroupId() : group.getName());
        }
      }
    }
    return groups.isEmpty() ? "petugas yang akan ditunjuk" : "antrean " + String.join(" / ", groups);
  }

  private String nameOf(String userId) {
    User person = identityService.createUserQuery().userId(userId).singleResult();
    if (person == null) {
      return "pengguna " + userId;
    }
    String name = ((person.getFirstName() == null ? "" : person.getFirstName()) + " "
        + (person.getLastName() == null ? "" : person.getLastName())).trim();
    return name.isEmpty() ? "pengguna " + userId : name;
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Tugas tidak ditemukan di antara tugas yang Anda selesaikan.");
  }
}
