package id.kinerja.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.organisation.DescribeEmployeeListener;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.tasklist.TaskHeaderListener;
import java.util.Map;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * For the process tests on the plain engine: the task header listener and the employee's
 * description as the application has them, on an organisation that calls everybody
 * "Nama &lt;id&gt;" and every employee "Pegawai &lt;NIP&gt;", Analis SDM of Badan Kepegawaian.
 */
public final class TaskHeaderBeans {

  public static final String JABATAN = "Analis SDM";
  public static final String UNIT = "Badan Kepegawaian";

  private TaskHeaderBeans() {}

  /** Registers taskHeaderListener and describeEmployeeListener; returns the organisation they ask. */
  public static OrganisationLookup register() {
    OrganisationLookup organisasi = mock(OrganisationLookup.class);
    return register(organisasi);
  }

  /** The same on a mocked organisation the test also uses (names and descriptions are stubbed here). */
  public static OrganisationLookup register(OrganisationLookup organisasi) {
    when(organisasi.displayNameOf(any())).thenAnswer(call -> nameOf(call.getArgument(0)));
    when(organisasi.describe(any())).thenAnswer(call -> Map.of(
        AppraisalProcess.NAMA_PEGAWAI.name(), "Pegawai " + call.getArgument(0),
        AppraisalProcess.JABATAN_PEGAWAI.name(), JABATAN,
        AppraisalProcess.UNIT_PEGAWAI.name(), UNIT));
    Mocks.register("taskHeaderListener", new TaskHeaderListener(organisasi, "Asia/Jakarta"));
    Mocks.register("describeEmployeeListener", new DescribeEmployeeListener(organisasi));
    return organisasi;
  }

  public static String nameOf(String id) {
    return id == null ? null : "Nama " + id;
  }
}
