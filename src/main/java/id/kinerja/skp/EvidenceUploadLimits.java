package id.kinerja.skp;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits (spring.servlet.multipart.*, 1 MB per file by default)
 * raised to twice the evidence limit, so that a file slightly over the limit reaches
 * {@link EvidenceService} and is refused with the rule named, instead of failing in the container.
 * Limits configured higher than that are kept.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceUploadLimits {

  @Bean
  MultipartConfigElement multipartConfigElement(MultipartProperties multipart,
      @Value("${kinerja.bukti.ukuran-maks:5MB}") DataSize evidenceLimit) {
    long file = Math.max(bytes(multipart.getMaxFileSize()), 2 * evidenceLimit.toBytes());
    // room for the other form fields (CSRF token, year) beside the file
    long request = Math.max(bytes(multipart.getMaxRequestSize()), file + DataSize.ofKilobytes(64).toBytes());
    var factory = new MultipartConfigFactory();
    factory.setLocation(multipart.getLocation());
    factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
    factory.setMaxFileSize(DataSize.ofBytes(file));
    factory.setMaxRequestSize(DataSize.ofBytes(request));
    return factory.createMultipartConfig();
  }

  private static long bytes(DataSize size) {
    return size == null || size.isNegative() ? Long.MAX_VALUE / 4 : size.toBytes();
  }
}
