package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.KinerjaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo nobody may start the application without naming its first admin. */
class FirstAdminRequiredIT {

  @Test
  void withoutDemoAndWithoutAdminVariables_theApplicationRefusesToStart() {
    assertThatThrownBy(() -> start("--kinerja.demo.enabled=false", "--kinerja.admin.id=", "--kinerja.admin.password="))
        .hasStackTraceContaining("KINERJA_ADMIN_ID");
  }

  @Test
  void withoutDemo_theDemoPasswordIsRefused() {
    assertThatThrownBy(() -> start("--kinerja.demo.enabled=false", "--kinerja.admin.id=admin", "--kinerja.admin.password=demo"))
        .hasStackTraceContaining("demo password");
  }

  private static void start(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--server.port=0";
    all[args.length + 1] = "--spring.datasource.url=jdbc:h2:mem:first-admin-" + System.nanoTime();
    new SpringApplicationBuilder(KinerjaApplication.class).profiles("test").run(all).close();
  }
}
