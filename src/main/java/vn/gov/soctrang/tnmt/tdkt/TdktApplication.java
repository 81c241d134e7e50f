package vn.gov.soctrang.tnmt.tdkt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Department's emulation-and-commendation workflow: Camunda engine, webapps, REST and the domain. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TdktApplication {

  public static void main(String[] args) {
    SpringApplication.run(TdktApplication.class, args);
  }
}
