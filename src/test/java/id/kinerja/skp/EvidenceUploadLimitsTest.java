package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.util.unit.DataSize;

/** The container lets a file a little over the evidence limit through, so the service can name the rule. */
class EvidenceUploadLimitsTest {

  private final EvidenceUploadLimits limits = new EvidenceUploadLimits();

  @Test
  void springsOneMegabyteDefault_isRaisedToTwiceTheEvidenceLimit() {
    var config = limits.multipartConfigElement(new MultipartProperties(), DataSize.ofMegabytes(5));

    assertThat(config.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(10).toBytes());
    assertThat(config.getMaxRequestSize()).isGreaterThan(config.getMaxFileSize());
  }

  @Test
  void higherConfiguredLimits_areKept() {
    var multipart = new MultipartProperties();
    multipart.setMaxFileSize(DataSize.ofMegabytes(50));
    multipart.setMaxRequestSize(DataSize.ofMegabytes(60));

    var config = limits.multipartConfigElement(multipart, DataSize.ofMegabytes(5));

    assertThat(config.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(50).toBytes());
    assertThat(config.getMaxRequestSize()).isEqualTo(DataSize.ofMegabytes(60).toBytes());
  }
}
