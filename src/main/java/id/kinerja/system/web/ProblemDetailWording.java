package id.kinerja.system.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The product's controllers answer some refusals with a {@link ProblemDetail} of their own (detail
 * in Bahasa Indonesia): its title, which Spring fills with the English reason phrase ("Not Found",
 * "Conflict"), becomes the Indonesian one, and the detail is also given as {@code message}, the
 * field the other APIs of the product answer with.
 */
@ControllerAdvice
class ProblemDetailWording implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      HttpStatus status = HttpStatus.resolve(problem.getStatus());
      if (problem.getTitle() == null || (status != null && status.getReasonPhrase().equals(problem.getTitle()))) {
        problem.setTitle(ErrorMessages.title(problem.getStatus()));
      }
      if (problem.getDetail() != null
          && (problem.getProperties() == null || !problem.getProperties().containsKey("message"))) {
        problem.setProperty("message", problem.getDetail());
      }
    }
    return body;
  }
}
