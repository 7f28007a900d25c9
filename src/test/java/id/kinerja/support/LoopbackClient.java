package id.kinerja.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client of the server on a loopback address of its own (127.0.0.x): the server sees it as a
 * separate client address, as it would see two people on two networks. Plain HTTP/1.0 over a
 * socket (the JDK's client cannot choose its source address); keeps cookies as a browser would
 * (name and value; one site). Linux answers on all of 127.0.0.0/8; elsewhere (macOS) each address
 * needs an alias on the loopback interface first ({@code ifconfig lo0 alias 127.0.0.10}).
 */
public final class LoopbackClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public LoopbackClient(String address, int port) {
    this.address = address;
    this.port = port;
  }

  public record Response(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The CSRF token of the page's form. */
    public String csrfToken() {
      Matcher token = CSRF.matcher(body);
      if (!token.find()) {
        throw new IllegalStateException("no CSRF token in the page: " + status + " " + body);
      }
      return token.group(1);
    }
  }

  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  /** Drops the cookies, except those named: e.g. a new session in the same browser. */
  public void forgetCookiesExcept(String... kept) {
    cookies.keySet().retainAll(List.of(kept));
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public Response postForm(String path, Map<String, String> fields, String... headers) {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send("POST", path, "application/x-www-form-urlencoded", body.toString(), headers);
  }

  private Response send(String method, String path, String contentType, String body, String... headers) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
          .append("Host: localhost:").append(port).append("\r\n");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      if (!cookies.isEmpty()) {
        request.append("Cookie: ");
        cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
        request.setLength(request.length() - 2);
        request.append("\r\n");
      }
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (body != null) {
        request.append("Content-Type: ").append(contentType).append("\r\n")
            .append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String raw = all.toString(StandardCharsets.UTF_8);
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      if (name.equals("set-cookie")) {
        String pair = value.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String cookieName = pair.substring(0, eq);
        String cookieValue = pair.substring(eq + 1);
        if (cookieValue.isEmpty() || value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
          cookies.remove(cookieName);
        } else {
          cookies.put(cookieName, cookieValue);
        }
      }
    }
    return new Response(status, headers, raw.substring(end + 4));
  }
}
