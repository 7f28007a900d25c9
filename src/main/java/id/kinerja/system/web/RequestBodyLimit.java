package id.kinerja.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code kinerja.web.ukuran-isi-maks} (25 MB, as the proxy's
 * {@code client_max_body_size}) sent to the product's own APIs and pages is a 413, before anything
 * reads it into memory: at once when its Content-Length says so, or as soon as a body without one
 * grows past the limit. Multipart uploads have the container's own limits
 * ({@code EvidenceUploadLimits}); the REST API and the webapps ({@code /engine-rest},
 * {@code /camunda}) are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimit {

  static final String MESSAGE = "Isi permintaan terlalu besar.";

  /** Thrown while reading a body that grew past the limit. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super(MESSAGE);
    }
  }

  static boolean exceeded(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLargeException) {
        return true;
      }
    }
    return false;
  }

  @Bean
  FilterRegistrationBean<LimitFilter> requestBodyLimitFilter(
      @Value("${kinerja.web.ukuran-isi-maks:25MB}") DataSize limit) {
    var registration = new FilterRegistrationBean<>(new LimitFilter(limit.toBytes()));
    registration.setName("Kinerja request body limit");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Integer.MIN_VALUE + 6); // right after the firewall, before anything reads the body
    return registration;
  }

  static final class LimitFilter extends OncePerRequestFilter {

    private final long limit;

    LimitFilter(long limit) {
      this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String type = request.getContentType();
      return path.startsWith("/engine-rest") || path.startsWith("/camunda")
          || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > limit) {
        if (ApiErrorAdvice.isApi(request)) {
          ErrorMessages.writeJson(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, MESSAGE);
        } else {
          request.setAttribute(KinerjaErrorAttributes.MESSAGE, MESSAGE);
          response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, MESSAGE);
        }
        return;
      }
      boolean unknownLength = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
      chain.doFilter(unknownLength ? new Limited(request, limit) : request, response);
    }
  }

  /** A body of unknown length (chunked) that may be read only up to the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
              throw new TooLargeException();
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
