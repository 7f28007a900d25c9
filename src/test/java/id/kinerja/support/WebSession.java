package id.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session over real HTTP: the login page's form (with its CSRF token), then the cookie. */
public final class WebSession {

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;

  private WebSession(int port) {
    this.port = port;
  }

  /** Nobody logged in. */
  public static WebSession anonymous(int port) {
    return new WebSession(port);
  }

  /** Logged in through the login page as a demo user (password "demo"). */
  public static WebSession loggedIn(int port, String user) throws Exception {
    return loggedIn(port, user, "demo");
  }

  public static WebSession loggedIn(int port, String user, String password) throws Exception {
    WebSession session = new WebSession(port);
    HttpResponse<String> page = session.client.send(session.request("/login").build(), BodyHandlers.ofString());
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as("CSRF token on the login page").isTrue();
    HttpResponse<String> login = session.client.send(session.request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
        .build(), BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).as("login of " + user).doesNotContain("error");
    return session;
  }

  public HttpResponse<byte[]> get(String path) throws Exception {
    return client.send(request(path).build(), BodyHandlers.ofByteArray());
  }

  /** As a browser asks for a page. */
  public HttpResponse<byte[]> getPage(String path) throws Exception {
    return client.send(request(path).header("Accept", "text/html").build(), BodyHandlers.ofByteArray());
  }

  public HttpResponse<java.io.InputStream> stream(String path) throws Exception {
    return client.send(request(path).build(), BodyHandlers.ofInputStream());
  }

  /**
   * Submits a form of a product page as the browser does: the CSRF token from the page, the
   * fields URL-encoded; the answer as it comes (a redirect is not followed).
   */
  public HttpResponse<String> submitForm(String page, String action, java.util.Map<String, String> fields)
      throws Exception {
    String html = text(getPage(page));
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as("CSRF token on " + page).isTrue();
    StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
    fields.forEach((name, value) -> body.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return client.send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html").POST(BodyPublishers.ofString(body.toString())).build(), BodyHandlers.ofString());
  }

  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
