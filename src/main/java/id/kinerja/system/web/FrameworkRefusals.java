package id.kinerja.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Sends what Spring MVC itself refuses (a malformed body, a wrong parameter type, a broken upload
 * ...) to {@link ApiErrorAdvice}, unless the controller has a handler for that very exception.
 *
 * <p>Needed because a controller's {@code @ExceptionHandler} also catches the <em>cause</em> of an
 * exception it has no handler for: a controller that answers its own {@code IllegalArgumentException}
 * with 404 answered a non-numeric year ({@code NumberFormatException} under Spring's type mismatch)
 * with "404 For input string: "abc"", and one that answers {@code IllegalStateException} with 409
 * would answer a too large upload (Tomcat's cause) with a conflict.
 */
@Component
class FrameworkRefusals implements HandlerExceptionResolver, Ordered {

  private static final List<Class<? extends Exception>> REFUSALS = List.of(
      HttpRequestMethodNotSupportedException.class, HttpMediaTypeException.class,
      MissingServletRequestPartException.class, ServletRequestBindingException.class, BindException.class,
      HandlerMethodValidationException.class, NoHandlerFoundException.class, NoResourceFoundException.class,
      TypeMismatchException.class, HttpMessageNotReadableException.class, MultipartException.class);

  private final ObjectProvider<HandlerExceptionResolver> mvc;
  private final Map<Class<?>, ExceptionHandlerMethodResolver> handlersByController = new ConcurrentHashMap<>();

  FrameworkRefusals(@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> mvc) {
    this.mvc = mvc;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1; // after EvidenceTooLargeResolver, before Spring MVC's own
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception e) {
    if (REFUSALS.stream().noneMatch(type -> type.isInstance(e))) {
      return null;
    }
    if (handler instanceof HandlerMethod method && handlersByController
        .computeIfAbsent(method.getBeanType(), ExceptionHandlerMethodResolver::new)
        .resolveMethodByExceptionType(e.getClass()) != null) {
      return null; // the controller answers this exception itself
    }
    // without a handler, Spring MVC asks only the @ControllerAdvice beans
    return mvc.getObject().resolveException(request, response, null, e);
  }
}
