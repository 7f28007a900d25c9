package id.kinerja.organisation;

import java.util.List;

/**
 * What importing a file would do, before anything is written: employees created and changed (each
 * with its line in the file and, when changed, what changes), how many stay as they are, units
 * created and changed, and every error by line and column. Long lists are cut at {@link #SHOWN}
 * rows; the counts are always whole.
 */
public record ImportPreview(String draftId, String fileName, int rows, int createdCount, List<Change> created,
    int changedCount, List<Change> changed, int unchanged, int unitsCreated, int unitsUpdated,
    List<ImportError> errors) {

  static final int SHOWN = 200;

  /** One employee: the line in the file, NIP, name and, for a change, "jabatan: A → B" and so on. */
  public record Change(int line, String nip, String name, List<String> what) {}

  public boolean accepted() {
    return errors.isEmpty();
  }

  public boolean changesSomething() {
    return createdCount + changedCount + unitsCreated + unitsUpdated > 0;
  }

  static ImportPreview rejected(String fileName, int rows, List<ImportError> errors) {
    return new ImportPreview(null, fileName, rows, 0, List.of(), 0, List.of(), 0, 0, 0, errors);
  }
}
