package id.kinerja.publication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context the public-page tests share: a real server on a random port (for the
 * browser and plain HTTP clients), MockMvc, the demo organisation, 127.0.0.1 as the trusted proxy
 * (so a test can speak for other clients with X-Forwarded-For) and small budgets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "kinerja.publik.proxy-tepercaya=127.0.0.1",
    "kinerja.publik.batas-baca.kapasitas=40",
    "kinerja.publik.batas-kirim.kapasitas=5"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface PublicVoicesTestConfig {}
