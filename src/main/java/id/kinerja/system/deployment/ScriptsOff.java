package id.kinerja.system.deployment;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script language at all for the engine: a script task, script listener, script condition or
 * script in a decision that reached the engine without {@link ModelSafetyCheck} fails instead of
 * running. The product's models use none.
 */
final class ScriptsOff implements ScriptEngineResolver {

  @Override
  public void addScriptEngineFactory(ScriptEngineFactory factory) {
    // nothing is ever registered
  }

  @Override
  public ScriptEngineManager getScriptEngineManager() {
    return new ScriptEngineManager(null) {
      @Override
      public ScriptEngine getEngineByName(String shortName) {
        return null;
      }

      @Override
      public ScriptEngine getEngineByExtension(String extension) {
        return null;
      }

      @Override
      public ScriptEngine getEngineByMimeType(String mimeType) {
        return null;
      }
    };
  }

  @Override
  public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
    throw new ProcessEngineException("Skrip '" + language + "' tidak dijalankan: Kinerja tidak menjalankan skrip "
        + "dari model");
  }
}
