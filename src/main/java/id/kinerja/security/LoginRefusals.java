package id.kinerja.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How each login path answers a login the throttle refused: 429 with Retry-After and, for the REST
 * API and the webapps, a JSON message in Bahasa Indonesia (which the webapps' login form shows); the
 * login page shows the page again with the NIP kept and what went wrong.
 */
final class LoginRefusals {

  private LoginRefusals() {}

  static void writeJson(HttpServletResponse response, LoginThrottledException refused) throws IOException {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"LoginThrottledException\",\"message\":\"" + refused.getMessage() + "\"}");
  }

  /** A throttled login answered as {@link #writeJson}; any other failure as {@code otherwise}. */
  static AuthenticationEntryPoint throttledOr(AuthenticationEntryPoint otherwise) {
    return (request, response, e) -> {
      if (e instanceof LoginThrottledException refused) {
        writeJson(response, refused);
      } else {
        otherwise.commence(request, response, e);
      }
    };
  }

  /**
   * The login page again, from the failed POST itself (no redirect): the NIP as typed, and either
   * "wrong NIP/password" or, with 429 and Retry-After, how many seconds to wait.
   */
  static final class LoginPageAgain implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
        AuthenticationException e) throws IOException, ServletException {
      String nip = request.getParameter("username");
      if (nip != null) {
        nip = nip.strip();
        request.setAttribute(LoginController.TYPED_NIP, nip.length() > 64 ? nip.substring(0, 64) : nip);
      }
      if (e instanceof LoginThrottledException refused) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
        request.setAttribute(LoginController.MESSAGE, refused.getMessage());
      } else if (e instanceof BadCredentialsException) {
        request.setAttribute(LoginController.MESSAGE, CamundaIdentityAuthenticationProvider.WRONG_CREDENTIALS);
      } else {
        request.setAttribute(LoginController.MESSAGE, "Masuk tidak berhasil. Coba lagi sebentar lagi.");
      }
      // to a path of its own: the forward is still a POST, and POST /login would be a new attempt
      request.getRequestDispatcher(LoginController.FAILED).forward(request, response);
    }
  }
}
