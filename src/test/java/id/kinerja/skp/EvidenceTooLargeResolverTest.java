package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/** Files over the container's limit get the same rule as files over the evidence limit. */
class EvidenceTooLargeResolverTest {

  private final EvidenceTooLargeResolver resolver = new EvidenceTooLargeResolver(DataSize.ofMegabytes(5));
  private final MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(10L << 20);

  @Test
  void api_answers400WithTheRule() throws Exception {
    var response = new MockHttpServletResponse();

    var handled = resolver.resolveException(new MockHttpServletRequest("POST", "/api/bukti"), response, null, tooLarge);

    assertThat(handled).isNotNull();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("Ukuran berkas paling besar 5 MB");
  }

  @Test
  void page_goesBackToTheFormWithTheRule() {
    var request = new MockHttpServletRequest("POST", "/bukti");
    var flash = new FlashMap();
    request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);

    var handled = resolver.resolveException(request, new MockHttpServletResponse(), null, tooLarge);

    assertThat(handled.getViewName()).isEqualTo("redirect:/bukti");
    assertThat(flash.get("masalah")).asString().contains("paling besar 5 MB");
  }

  @Test
  void otherRoutes_keepSpringsAnswer() {
    assertThat(resolver.resolveException(new MockHttpServletRequest("POST", "/admin/organisasi"),
        new MockHttpServletResponse(), null, tooLarge)).isNull();
  }
}
