package id.kinerja.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an expression in a deployed model may do: read, and call the product's look-ups. Checked
 * against the Modeler templates the application carries and a few bean names of the application.
 */
class ExpressionCheckTest {

  static final Set<String> BEANS = Set.of("identityService", "runtimeService", "appraisalAccess",
      "saveSkpDraftDelegate", "organisasi", "konfigurasi", "peerRaters", "jdbcTemplate");

  final ExpressionCheck check = new ExpressionCheck(ModelAllowlist.fromClasspath(), BEANS::contains);

  @ParameterizedTest
  @ValueSource(strings = {
      "${nip}", "#{nip}", "plain text", "${!ajukanKeberatan}", "${usulanBelumDicakup > 0}",
      "${keputusanReviewSkp == 'SETUJU'}", "${periodeDibuka < jumlahPeriode}", "${periodeDibuka + 1}",
      "${konfigurasi.nilai(execution, 'tenggatDraftSkp')}", "${peerRaters.chosen(execution)}",
      "${organisasi.appraiserOf(kepalaUnit)}", "Penilaian ${organisasi.nameOf(nip)} tahun ${tahun}",
      "${dateTime().plusDays(3).toDate()}",
      "${dateTime().withDate(tahun, 1, 1).withTimeAtStartOfDay().plusMonths((periodeDibuka + 1) * 12 / jumlahPeriode).toDate()}",
      "${execution.processInstanceId}", "${execution.getVariable('nip')}", "${execution.processBusinessKey}",
      "${task.assignee}", "${task.getName()}", "${empty catatan ? 'kosong' : catatan}", "${daftar[i]}",
      "${peta['kunci']}", "${S(data).prop('nilai').stringValue()}", "${currentUser()}", "${nip.length() == 18}"})
  void readingExpressions_areAllowed(String expression) {
    assertThat(check.refusal(expression)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ${identityService.createMembership('198201102006041003', 'camunda-admin')} | 'identityService' bukan bean
      ${runtimeService.startProcessInstanceByKey('x')}                           | 'runtimeService' bukan bean
      ${jdbcTemplate.execute('DROP TABLE x')}                                    | 'jdbcTemplate' bukan bean
      ${appraisalAccess.grantForInstance(execution.processInstanceId, '1')}      | 'appraisalAccess' bukan bean
      ${execution.getProcessEngineServices().getIdentityService()}               | layanan engine
      ${execution.processEngineServices.identityService}                         | layanan engine
      ${execution.processEngine}                                                 | layanan engine
      ${(execution).processEngine.identityService}                               | layanan engine
      ${task.getProcessEngineServices().getIdentityService()}                    | layanan engine
      ${task.execution.processInstanceId}                                        | 'task.execution' tidak boleh
      ${execution.getProcessInstance().getProcessEngineServices()}               | 'execution.getProcessInstance' tidak boleh
      ${execution.setVariable('periodeDibuka', 1)}                               | mengubah data
      ${execution.setVariables(organisasi.pejabatOf(nip))}                       | mengubah data
      ${konfigurasi.nilai(execution.processEngine, 'x')}                         | layanan engine
      ${nip.getClass().forName('java.lang.Runtime')}                             | refleksi Java ('getClass')
      ${nip['class']}                                                            | refleksi Java ('class')
      ${''.class.classLoader}                                                    | refleksi Java ('class')
      ${S(data).mapTo('java.lang.ProcessBuilder')}                               | refleksi Java ('mapTo')
      ${dateTime().getChronology()}                                              | metode 'getChronology' tidak termasuk
      ${daftar[nama](1)}                                                         | nama metode harus tertulis
      ${execution[nama]}                                                         | nama properti harus tertulis
      ${saveSkpDraftDelegate.execute(execution)}                                 | adalah delegate/listener
      ${organisasi}                                                              | hanya boleh dipanggil dengan metodenya
      ${organisasi.headAppraiser()}                                              | hanya boleh dipanggil
      ${execution}                                                               | hanya boleh dibaca lewat propertinya
      ${dateTime().plusDays(execution)}                                          | hanya boleh dibaca lewat propertinya
      ${caseExecution.id}                                                        | objek engine
      ${processEngine.identityService}                                           | objek engine
      ${fn:exec('rm -rf /')}                                                     | fungsi 'fn:exec' tidak tersedia
      ${nilai.customerService}                                                   | layanan engine
      ${tidak ditutup                                                            | tidak dapat dibaca
      """)
  void expressionsThatReachFurther_areRefusedWithTheReason(String expression, String reason) {
    assertThat(check.refusal(expression)).as(expression).isNotNull().contains(reason);
  }
}
