package id.kinerja.tasklist;

import id.kinerja.system.EveryUserTask;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A task's name never stops a process. The models name tasks from process variables
 * ({@code Periksa SKP · ${namaPegawai} · ${tahun}}); an instance that lacks one of them (a year
 * started before the names existed and migrated to a version that uses them, an instance an admin
 * started in the middle) would otherwise fail to create its task with "Cannot resolve identifier".
 * Such a name is built from the parts that resolve, the empty ones and their separators left out
 * ("Periksa SKP · 2026"), with a warning in the log. Added to every user task at parse time
 * ({@link EveryUserTask}).
 */
@Component
class LenientTaskNames implements CamundaProcessEngineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LenientTaskNames.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.extend(configuration, (userTask, activity) -> {
      Expression name = userTask.getTaskDefinition().getNameExpression();
      if (name != null && !name.isLiteralText()) {
        userTask.getTaskDefinition().setNameExpression(new LenientName(name, activity.getId()));
      }
    });
  }

  /** The model's name expression; when a variable it reads is missing, the parts that resolve. */
  static final class LenientName implements Expression {

    private static final Pattern PART = Pattern.compile("\\$\\{[^}]*}");
    private static final String SEPARATOR = "·";

    private final Expression name;
    private final String activityId;

    LenientName(Expression name, String activityId) {
      this.name = name;
      this.activityId = activityId;
    }

    @Override
    public Object getValue(VariableScope scope) {
      try {
        return name.getValue(scope);
      } catch (ProcessEngineException e) {
        if (!missingVariable(e)) {
          throw e;
        }
        log.warn("Task {}: name '{}' reads a variable this instance does not have ({}); named without it",
            activityId, name.getExpressionText(), e.getMessage());
        return partly(scope);
      }
    }

    private String partly(VariableScope scope) {
      String text = name.getExpressionText();
      StringBuilder built = new StringBuilder();
      Matcher m = PART.matcher(text);
      int last = 0;
      while (m.find()) {
        built.append(text, last, m.start());
        try {
          Object value = Context.getProcessEngineConfiguration().getExpressionManager()
              .createExpression(m.group()).getValue(scope);
          built.append(value == null ? "" : value);
        } catch (ProcessEngineException e) {
          if (!missingVariable(e)) {
            throw e;
          }
        }
        last = m.end();
      }
      built.append(text.substring(last));
      return tidy(built.toString());
    }

    /** Without the separators an empty part leaves behind: "Periksa SKP ·  · 2026" reads "Periksa SKP · 2026". */
    static String tidy(String name) {
      List<String> parts = new ArrayList<>();
      for (String part : name.split(SEPARATOR)) {
        String trimmed = part.strip().replaceAll("\\s+", " ");
        if (!trimmed.isEmpty()) {
          parts.add(trimmed);
        }
      }
      return String.join(" " + SEPARATOR + " ", parts);
    }

    private static boolean missingVariable(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if ("PropertyNotFoundException".equals(cause.getClass().getSimpleName())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void setValue(Object value, VariableScope scope) {
      name.setValue(value, scope);
    }

    @Override
    public String getExpressionText() {
      return name.getExpressionText();
    }

    @Override
    public boolean isLiteralText() {
      return false;
    }
  }
}
