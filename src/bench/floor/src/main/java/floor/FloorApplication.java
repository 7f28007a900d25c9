package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but Spring Boot and the Camunda 7 starter: the floor Kinerja's start-up is measured against. */
@SpringBootApplication
public class FloorApplication {

  public static void main(String[] args) {
    SpringApplication.run(FloorApplication.class, args);
  }
}
