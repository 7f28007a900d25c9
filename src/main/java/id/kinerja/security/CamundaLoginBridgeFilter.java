package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * The webapps show their own login form after a logout. Its POST is authenticated here, with the
 * same provider as the product's login page, and establishes the one Spring session; the request
 * then continues to Camunda's login endpoint, which answers the webapp as it expects. A login the
 * throttle refuses is a 429 whose message the login form shows.
 */
class CamundaLoginBridgeFilter extends OncePerRequestFilter {

  static final RequestMatcher CAMUNDA_LOGIN =
      SecurityConfig.path(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*");

  private final AuthenticationManager authenticationManager;
  private final AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> loginAttempts;
  private final KnownDevices knownDevices;
  private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

  CamundaLoginBridgeFilter(AuthenticationManager authenticationManager,
      AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> loginAttempts, KnownDevices knownDevices) {
    this.authenticationManager = authenticationManager;
    this.loginAttempts = loginAttempts;
    this.knownDevices = knownDevices;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !CAMUNDA_LOGIN.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    var login = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    login.setDetails(loginAttempts.buildDetails(request));
    Authentication authentication;
    try {
      authentication = authenticationManager.authenticate(login);
    } catch (LoginThrottledException refused) {
      SecurityContextHolder.clearContext();
      LoginRefusals.writeJson(response, refused);
      return;
    } catch (AuthenticationException e) {
      SecurityContextHolder.clearContext();
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
      return;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    knownDevices.remember(request, response, authentication.getName());
    chain.doFilter(request, response);
    // Camunda's login endpoint starts a fresh session (session fixation protection): keep the
    // login in the session the browser now holds
    if (response.getStatus() < 400 && request.getSession(false) != null) {
      request.getSession(false).setAttribute(
          HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
  }
}
