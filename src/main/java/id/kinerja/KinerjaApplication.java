package id.kinerja;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

  static {
    // The engine parses every due date and timer duration with a new DatatypeFactory, which without
    // this property searches the whole class path for a provider each time (4% of the CPU of
    // completing a task); the JDK's own implementation is what that search finds anyway.
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }

  public static void main(String[] args) {
    SpringApplication.run(KinerjaApplication.class, args);
  }
}
