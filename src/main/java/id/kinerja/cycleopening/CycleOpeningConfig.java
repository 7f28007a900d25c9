package id.kinerja.cycleopening;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The periodic look for opening runs whose node died ({@link CycleOpening#resumeStaleRuns}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CycleOpeningConfig {

  /** Opening a year is for BKPSDM and admins; checked on the controllers with {@code @PreAuthorize}. */
  static final String BKPSDM_OR_ADMIN = "hasAnyAuthority('GROUP_bkpsdm', 'GROUP_camunda-admin')";
}
