package id.kinerja.system;

import java.time.Instant;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/publik/zona-waktu}: the agency's time zone ({@code kinerja.zona-waktu}, WIB by
 * default), for the Camunda webapps, which show every time in it whatever zone the browser is in
 * (webjars/.../tasklist/scripts/kinerja-bahasa.js). Public: the login page shows times too, and
 * nothing in it is personal.
 */
@RestController
class ZonaWaktuApi {

  private final Waktu waktu;

  ZonaWaktuApi(Waktu waktu) {
    this.waktu = waktu;
  }

  @GetMapping(path = "/api/publik/zona-waktu", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> zona() {
    int minutes = waktu.zona().getRules().getOffset(Instant.now()).getTotalSeconds() / 60;
    String offset = "UTC" + (minutes < 0 ? "-" : "+") + Math.abs(minutes) / 60
        + (minutes % 60 == 0 ? "" : String.format(":%02d", Math.abs(minutes) % 60));
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body(Map.of("zona", waktu.zona().getId(), "singkatan", waktu.singkatanZona(), "menitDariUtc", minutes,
            "nama", waktu.singkatanZona() + " (" + offset + ")"));
  }
}
