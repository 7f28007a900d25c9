package id.kinerja.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What Spring MVC refuses before or around a controller of the product (malformed JSON, a wrong
 * Content-Type, a missing parameter, a non-numeric id, an unknown address or method, a broken or too
 * large upload, a {@link ResponseStatusException}) is answered in Bahasa Indonesia with the right
 * 4xx: for {@code /api/**} as JSON ({@code application/problem+json} with {@code detail} and, as the
 * product's own APIs answer, {@code message}); for the product's pages with the error page
 * ({@code templates/error.html}, see {@link KinerjaErrorAttributes}). Spring's own answer was in
 * English, and a broken multipart body a 500.
 *
 * <p>A controller's own {@code @ExceptionHandler} still comes first. The REST API and the webapps'
 * API ({@code /engine-rest}, {@code /camunda/api}) are Jersey, not Spring MVC: untouched.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

  /** Anything the multipart parser could not read (a truncated body, a wrong boundary, a NUL in a name). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> brokenMultipart(MultipartException e, WebRequest request) {
    return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  /** A body that grew past the limit while it was read ({@link RequestBodyLimit}) is a 413, not a malformed one. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return handleExceptionInternal(e, null, headers,
        RequestBodyLimit.exceeded(e) ? HttpStatus.PAYLOAD_TOO_LARGE : status, request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null
        || servlet.getResponse().isCommitted()) {
      return null;
    }
    int code = status.value();
    if (code >= 500) {
      log.error("{} {} failed: {}", servlet.getRequest().getMethod(), servlet.getRequest().getRequestURI(),
          e.toString(), e);
    }
    String message = message(e, code);
    HttpServletRequest http = servlet.getRequest();
    http.setAttribute(KinerjaErrorAttributes.MESSAGE, message);
    if (isApi(http)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
      problem.setTitle(ErrorMessages.title(code));
      problem.setProperty("message", message);
      HttpHeaders answer = new HttpHeaders();
      answer.addAll(headers == null ? new HttpHeaders() : headers); // e.g. Allow for a 405, Accept for a 415
      answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      return new ResponseEntity<>(problem, answer, status);
    }
    HttpServletResponse response = servlet.getResponse();
    if (e instanceof MultipartException) {
      // so that the error page's own dispatch does not try to parse the broken body again (and fail
      // without a page): Spring skips that when the request's error exception is a multipart one
      http.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
    }
    if (headers != null) {
      headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }
    try {
      response.sendError(code, message); // the error page (templates/error.html) tells it
    } catch (IOException clientGone) {
      // nothing left to answer
    }
    return null;
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
  }

  /** The reason, in words the person who sent the request understands. */
  static String message(Exception e, int status) {
    if (status >= 500) {
      return ErrorMessages.message(status);
    }
    if (e instanceof ResponseStatusException refused && refused.getReason() != null) {
      return refused.getReason(); // the product's own reason, already in Bahasa Indonesia
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return "Metode " + method.getMethod() + " tidak didukung untuk alamat ini"
          + supported(method.getSupportedHttpMethods()) + ".";
    }
    if (e instanceof HttpMediaTypeNotSupportedException type) {
      MediaType sent = type.getContentType();
      return "Jenis isi (Content-Type) " + (sent == null ? "yang kosong" : "'" + sent.getType() + "/" + sent.getSubtype() + "'")
          + " tidak didukung untuk alamat ini" + supported(type.getSupportedMediaTypes()) + ".";
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return "Jawaban tidak tersedia dalam format yang diminta (kepala Accept).";
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return "Parameter '" + missing.getParameterName() + "' wajib diisi.";
    }
    if (e instanceof MissingServletRequestPartException missing) {
      return "Bagian '" + missing.getRequestPartName() + "' wajib dikirim (multipart/form-data).";
    }
    if (e instanceof TypeMismatchException mismatch) {
      String name = mismatch.getPropertyName() == null ? "nilai" : "'" + mismatch.getPropertyName() + "'";
      Class<?> type = mismatch.getRequiredType();
      boolean number = type != null && (Number.class.isAssignableFrom(type)
          || (type.isPrimitive() && type != boolean.class && type != char.class));
      return "Isian " + name + " tidak sah: '" + mismatch.getValue() + "'"
          + (number ? " bukan angka." : " tidak dapat dibaca.");
    }
    if (e instanceof MethodArgumentNotValidException invalid) {
      return "Isian tidak sah: " + invalid.getBindingResult().getFieldErrors().stream()
          .map(error -> error.getField()).distinct().collect(Collectors.joining(", ")) + ".";
    }
    if (e instanceof HandlerMethodValidationException) {
      return "Isian permintaan tidak sah.";
    }
    if (e instanceof ServletRequestBindingException) {
      return "Permintaan tidak lengkap: parameter atau kepala (header) yang diperlukan tidak ada.";
    }
    if (e instanceof HttpMessageNotReadableException unreadable) {
      if (RequestBodyLimit.exceeded(unreadable)) {
        return RequestBodyLimit.MESSAGE;
      }
      return "Isi permintaan tidak dapat dibaca: bukan JSON yang sah, tidak lengkap, atau bentuknya tidak sesuai.";
    }
    if (e instanceof MaxUploadSizeExceededException) {
      return "Berkas atau isi permintaan terlalu besar.";
    }
    if (e instanceof MultipartException) {
      return "Unggahan tidak dapat dibaca: isi multipart rusak atau terpotong, batasnya (boundary) salah, "
          + "atau nama berkasnya mengandung karakter yang tidak diizinkan. Pilih berkasnya lalu kirim ulang.";
    }
    if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
      return "Alamat yang diminta tidak ditemukan.";
    }
    if (e instanceof ErrorResponse) {
      return ErrorMessages.message(status);
    }
    return ErrorMessages.message(status);
  }

  private static String supported(Collection<?> values) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    List<String> names = values.stream().map(String::valueOf).toList();
    return "; gunakan " + String.join(" atau ", names);
  }
}
