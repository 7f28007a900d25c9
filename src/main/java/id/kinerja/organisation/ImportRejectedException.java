package id.kinerja.organisation;

import java.util.List;

/** The file had errors; nothing was stored. Carries every error found, not just the first. */
public class ImportRejectedException extends RuntimeException {

  private final transient List<ImportError> errors;

  ImportRejectedException(List<ImportError> errors) {
    super(errors.size() + " kesalahan di file organisasi; tidak ada data yang disimpan");
    this.errors = List.copyOf(errors);
  }

  public List<ImportError> errors() {
    return errors;
  }
}
