package vn.gov.soctrang.tnmt.tdkt;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Department's clock: its time zone for every date the system derives. */
@Configuration
public class ClockConfiguration {

  @Bean
  Clock clock(TdktProperties properties) {
    return Clock.system(properties.zone());
  }
}
