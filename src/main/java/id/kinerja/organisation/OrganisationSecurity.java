package id.kinerja.organisation;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Organisation administration is for BKPSDM and admins only. Checked on the controllers with
 * {@code @PreAuthorize}, so the rule sits next to what it protects.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class OrganisationSecurity {

  static final String BKPSDM_OR_ADMIN = "hasAnyAuthority('GROUP_bkpsdm', 'GROUP_camunda-admin')";
}
