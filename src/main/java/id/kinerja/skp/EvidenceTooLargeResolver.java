package id.kinerja.skp;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file far over the limit fails while the container reads the request, before any controller
 * is chosen, so a controller's exception handler never sees it. For the evidence routes this
 * answers like {@link EvidenceController} does for any other refused file; other routes keep
 * Spring's own answer.
 */
@Component
class EvidenceTooLargeResolver implements HandlerExceptionResolver, Ordered {

  private final long limit;
  private final ObjectMapper json = new ObjectMapper();

  EvidenceTooLargeResolver(@Value("${kinerja.bukti.ukuran-maks:5MB}") DataSize limit) {
    this.limit = limit.toBytes();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception e) {
    if (!(e instanceof MaxUploadSizeExceededException)) {
      return null;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String message = "Ukuran berkas paling besar " + EvidenceService.readable(limit);
    if (path.equals("/bukti")) {
      var flash = RequestContextUtils.getOutputFlashMap(request);
      flash.put("masalah", message);
      return new ModelAndView("redirect:/bukti");
    }
    if (path.equals("/api/bukti")) {
      try {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getWriter(), Map.of("message", message));
        return new ModelAndView();
      } catch (IOException clientGone) {
        return null;
      }
    }
    return null;
  }
}
