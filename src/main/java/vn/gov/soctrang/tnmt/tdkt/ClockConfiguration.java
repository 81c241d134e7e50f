package vn.gov.soctrang.tnmt.tdkt;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Department's clock: the only source of "now" for the application's code, in the Department's configured
 * zone ({@code tdkt.zone}), never the machine's. Tests put their own clock in its place (one that the engine's
 * clock follows), which is why it steps aside when a clock is already registered.
 */
@Configuration
public class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock clock(TdktProperties properties) {
    return Clock.system(properties.zone());
  }
}
