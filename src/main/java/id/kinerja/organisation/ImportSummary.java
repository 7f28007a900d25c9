package id.kinerja.organisation;

import java.util.List;

/**
 * What an import changed. Employees are counted by NIP; initial passwords of the Camunda users it
 * created are shown here once and stored nowhere in clear text.
 */
public record ImportSummary(int created, int updated, int unchanged, int unitsCreated, int unitsUpdated,
    List<InitialPassword> initialPasswords) {

  public record InitialPassword(String nip, String name, String password) {}

  public boolean changedNothing() {
    return created == 0 && updated == 0 && unitsCreated == 0 && unitsUpdated == 0;
  }
}
