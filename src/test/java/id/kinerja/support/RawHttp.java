package id.kinerja.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: for requests that an HTTP client would
 * refuse to send or would clean up first (a backslash or a path parameter in the URL, a broken
 * multipart body, a Content-Length that is never sent).
 */
public final class RawHttp {

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** The answer: status, headers (names in lower case) and the body, de-chunked. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  public static String basic(String user, String password) {
    return "Authorization: Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  /** Sends the request line, the extra header lines (each ending in CRLF) and the body as they are. */
  public Answer send(String method, String target, String headers, byte[] body) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
        + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      request.writeBytes(body);
    }
    return exchange(request.toByteArray());
  }

  /** Sends exactly these bytes (the caller writes the whole request) and reads the answer. */
  public Answer exchange(byte[] request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      // written beside the reading: a server may answer (and close) before it has read a large body
      Thread writer = new Thread(() -> {
        try {
          out.write(request);
          out.flush();
        } catch (IOException answeredEarly) {
          // the server closed the connection after answering; its answer is read below
        }
      }, "raw-http-writer");
      writer.start();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        // until the answer is complete: a server that has answered early may keep the connection
        // open a while, waiting for the rest of a body it announced
        for (int n; !complete(received.toByteArray()) && (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
        }
      } catch (IOException resetAfterTheAnswer) {
        // the server may close the connection while unread request bytes are still coming
      }
      try {
        writer.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return parse(received.toByteArray());
    }
  }

  /** Whether the bytes hold a whole answer: headers, and the body its Content-Length or chunking says. */
  private static boolean complete(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
    if (length.find()) {
      return raw.length - end - 4 >= Long.parseLong(length.group(1));
    }
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      return text.substring(end + 4).contains("\r\n0\r\n\r\n") || text.substring(end + 4).startsWith("0\r\n\r\n");
    }
    return false; // until the server closes
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("No HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
