package id.kinerja.security;

import id.kinerja.system.KinerjaProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/**
 * One gate for everything: the REST API answers only to HTTP Basic, without a session; the
 * webapps and the product's pages share one form login (or OpenID Connect, when configured).
 * Public pages and the health probe are the only routes open without a login. Every way of logging
 * in with a password goes through the {@link LoginThrottle} (see {@link CamundaIdentityAuthenticationProvider}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  /** Routes that anybody may open: the login page, static assets, public pages, health. */
  static final String[] PUBLIC_ROUTES = {
      "/login", "/error", "/css/**", "/img/**", "/js/**", "/favicon.ico", "/publik", "/publik/**", "/api/publik/**"
  };

  private static final RequestMatcher CAMUNDA_API = path("/camunda/api/**");
  /**
   * The engine's metrics (activity instances, tasks, decisions, ... of the whole installation) are
   * an operator's figures: admins only. Camunda itself lets every logged-in user read them. Both
   * forms of the REST API (default and named engine), the webapps' engine API and the Admin
   * webapp's own aggregated metrics (its "Execution Metrics" page).
   */
  static final RequestMatcher ENGINE_REST_METRICS = new OrRequestMatcher(
      path("/engine-rest/metrics"), path("/engine-rest/metrics/**"),
      path("/engine-rest/engine/*/metrics"), path("/engine-rest/engine/*/metrics/**"));
  static final RequestMatcher WEBAPP_METRICS = new OrRequestMatcher(
      path("/camunda/api/engine/engine/*/metrics"), path("/camunda/api/engine/engine/*/metrics/**"),
      path("/camunda/api/admin/plugin/*/*/metrics"), path("/camunda/api/admin/plugin/*/*/metrics/**"));
  static final String METRICS_FOR_ADMINS = "Metrik mesin proses hanya dapat dibuka oleh administrator.";
  static final String ACTUATOR_FOR_ADMINS = "Metrik aplikasi hanya dapat dibuka oleh administrator.";
  private static final RequestMatcher CAMUNDA_LOGOUT =
      path(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain restApi(HttpSecurity http, AuthenticationManager authenticationManager,
      AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> loginAttempts) throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, e) -> {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"Kinerja\"");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(
          "{\"type\":\"AuthenticationException\",\"message\":\"Autentikasi diperlukan: kirim NIP/ID dan kata sandi (HTTP Basic)\"}");
    };
    return http
        .securityMatcher(path("/engine-rest/**"))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(ENGINE_REST_METRICS).hasAuthority(Roles.authorityOf(Roles.ADMIN))
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(LoginRefusals.throttledOr(unauthorized))
            .authenticationDetailsSource(loginAttempts))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
            .accessDeniedHandler(forbidden(METRICS_FOR_ADMINS)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        // stateless and credential-per-request: no cookie a forged request could ride on
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Health for load balancers; metrics for admins, from a browser session or HTTP Basic. */
  @Bean
  @Order(2)
  SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager authenticationManager,
      AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> loginAttempts) throws Exception {
    return http
        .securityMatcher(path("/actuator/**"))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .anyRequest().hasAuthority(Roles.authorityOf(Roles.ADMIN)))
        .httpBasic(basic -> basic
            .authenticationEntryPoint(LoginRefusals.throttledOr(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .authenticationDetailsSource(loginAttempts))
        .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
            .accessDeniedHandler(forbidden(ACTUATOR_FOR_ADMINS)))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
      KinerjaProperties properties, ObjectProvider<ClientRegistrationRepository> oidc,
      CamundaOidcUserService oidcUserService, ObjectProvider<AuthenticationSuccessHandler> loginSuccess,
      AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> loginAttempts, KnownDevices knownDevices)
      throws Exception {
    RequestMatcher ajax = new OrRequestMatcher(CAMUNDA_API,
        new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"),
        path("/api/**"));
    http
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(Arrays.stream(PUBLIC_ROUTES).map(SecurityConfig::path).toArray(RequestMatcher[]::new)).permitAll()
            .requestMatchers(CamundaLoginBridgeFilter.CAMUNDA_LOGIN).permitAll()
            // a failed form login is forwarded there to show the login page again
            .requestMatchers(path(HttpMethod.POST, LoginController.FAILED)).permitAll()
            // the webapps' static shell is the same for everybody; it shows Camunda's login form,
            // whose POST is authenticated by CamundaLoginBridgeFilter; all data sits behind /camunda/api
            .requestMatchers(path(HttpMethod.GET, "/camunda/app/**")).permitAll()
            // ...and the shell's shared scripts and fonts, without which that login form never renders
            .requestMatchers(path(HttpMethod.GET, "/camunda/lib/**"), path(HttpMethod.GET, "/camunda/assets/**"),
                path(HttpMethod.GET, "/camunda/api/*/plugin/*/static/**"),
                // the list of engine names, which the login form needs to pick its engine
                path(HttpMethod.GET, "/camunda/api/engine/engine/")).permitAll()
            .requestMatchers(WEBAPP_METRICS).hasAuthority(Roles.authorityOf(Roles.ADMIN))
            .anyRequest().authenticated())
        .formLogin(form -> {
          form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
              .authenticationDetailsSource(loginAttempts)
              .failureHandler(new LoginRefusals.LoginPageAgain());
          // e.g. the organisation feature's redirect to the password page after an initial password
          loginSuccess.ifAvailable(form::successHandler);
        })
        .addFilterBefore(new CamundaLoginBridgeFilter(authenticationManager, loginAttempts, knownDevices),
            AnonymousAuthenticationFilter.class)
        // after a login on the page (or through OIDC) this browser is known for that account
        .sessionManagement(session -> session.addSessionAuthenticationStrategy(
            (authentication, request, response) -> knownDevices.remember(request, response, authentication.getName())))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(path(HttpMethod.POST, "/logout"), CAMUNDA_LOGOUT))
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), CAMUNDA_LOGOUT)
            .defaultLogoutSuccessHandlerFor(logoutToLoginPage(), new NegatedRequestMatcher(CAMUNDA_LOGOUT))
            .deleteCookies("KINERJA_SESSION", "XSRF-TOKEN"))
        // (not defaultAccessDeniedHandlerFor: a single one of those becomes the handler of every request)
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), ajax)
            .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(WEBAPP_METRICS, forbidden(METRICS_FOR_ADMINS))),
                new AccessDeniedHandlerImpl())))
        // the webapps' API is guarded by Camunda's own CSRF filter (X-XSRF-TOKEN), which stays on
        .csrf(csrf -> csrf.ignoringRequestMatchers(CAMUNDA_API))
        .headers(headers -> {
          headers.frameOptions(frame -> frame.sameOrigin());
          // Camunda sets its own nonce-based policy on the webapps; ours covers everything else
          headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
              new NegatedRequestMatcher(path("/camunda/**")),
              new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)));
          headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
          if (properties.security().hsts()) {
            headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
          } else {
            headers.httpStrictTransportSecurity(hsts -> hsts.disable());
          }
        });
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(login -> login
          .loginPage("/login")
          .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
    }
    return http.build();
  }

  /** A 403 with the reason, in the JSON shape of the REST API's errors. */
  static AccessDeniedHandler forbidden(String message) {
    return (request, response, denied) -> {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"AccessDeniedException\",\"message\":\"" + message + "\"}");
    };
  }

  static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  private static SimpleUrlLogoutSuccessHandler logoutToLoginPage() {
    var handler = new SimpleUrlLogoutSuccessHandler();
    handler.setDefaultTargetUrl("/login?logout");
    return handler;
  }
}
