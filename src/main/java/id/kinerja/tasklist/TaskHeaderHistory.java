package id.kinerja.tasklist;

import id.kinerja.system.HistoryEventFilter;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the task headers out of history. {@link TaskHeaderListener} writes on every new user task,
 * as task-local variables, what its form's header shows in words: the deadline
 * ({@code tenggatTugas}), labels of codes and lists ({@code rhkLabel}, a JSON copy of the SKP), and
 * names of people. They are derived from the task's due date and the process variables, which
 * history keeps anyway, and they live as long as the task. With history level "full" each one also
 * left a historic variable row and a detail row (a JSON label: two byte arrays more) behind: 8 of the
 * engine rows per employee after SKP planning, and a tenggatTugas pair for every task of the year.
 * Nobody reads them: the product reads no variable history, and the form of a finished task is not
 * shown again.
 *
 * <p>Only task-local variables with a header name are left out. People cannot write task-local
 * variables at all (the REST API's write gate lets them complete a task, whose variables go to
 * the process), so no value a person entered is among them.
 */
@Component
public class TaskHeaderHistory extends HistoryEventFilter.Plugin {

  public TaskHeaderHistory() {
    super(TaskHeaderHistory::isTaskHeader);
  }

  static boolean isTaskHeader(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
        && variable.getVariableName() != null && TaskHeaderListener.isHeaderName(variable.getVariableName());
  }
}
