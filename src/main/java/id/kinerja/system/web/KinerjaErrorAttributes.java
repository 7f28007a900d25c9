package id.kinerja.system.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What {@code /error} tells (the error page, or its JSON for a client that asks for JSON): the
 * status, its title ({@code error}) and a message ({@code message}), all in Bahasa Indonesia. The
 * message is the one the product gave for this request ({@link #MESSAGE}, e.g. by {@link ApiErrorAdvice}),
 * otherwise the one for the status; never an exception's own text (Spring's "No message available",
 * Spring Security's "Forbidden", a 500's technical message) and never a stack trace.
 */
@Component
public class KinerjaErrorAttributes extends DefaultErrorAttributes {

  /** Request attribute: the message in Bahasa Indonesia to show for this request's error. */
  public static final String MESSAGE = KinerjaErrorAttributes.class.getName() + ".message";

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    int status = attributes.get("status") instanceof Integer code && code >= 400 && code < 600 ? code : 500;
    Object own = request.getAttribute(MESSAGE, RequestAttributes.SCOPE_REQUEST);
    attributes.put("status", status);
    attributes.put("error", ErrorMessages.title(status));
    attributes.put("message", own instanceof String message && !message.isBlank() && status < 500
        ? message : ErrorMessages.message(status));
    attributes.remove("trace");
    attributes.remove("exception");
    attributes.remove("errors");
    return attributes;
  }
}
