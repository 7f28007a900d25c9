package id.kinerja.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "kinerja")
public record KinerjaProperties(
    @DefaultValue("Kinerja") String name,
    @DefaultValue Models models,
    @DefaultValue Admin admin,
    @DefaultValue Demo demo,
    @DefaultValue Security security) {

  /** Where processes/ and forms/ are read from; blank means the copies inside the application. */
  public record Models(@DefaultValue("") String location) {
    public boolean external() {
      return location != null && !location.isBlank();
    }
  }

  public record Admin(@DefaultValue("") String id, @DefaultValue("") String password) {}

  /**
   * @param enabled demo organisation, logins and the current year at different phases
   * @param tahunLalu also last year, driven to its end through the real processes (results, curves, documents)
   */
  public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean tahunLalu) {}

  public record Security(@DefaultValue("false") boolean hsts) {}
}
