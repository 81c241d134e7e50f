package vn.gov.soctrang.tnmt.tdkt.process;

import java.time.Clock;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Form values read dates that arrive as instants in the clock's zone, the Department's. */
@Configuration(proxyBeanMethods = false)
class FormValuesConfiguration {

  @Bean
  InitializingBean formDatesInTheDepartmentsZone(Clock clock) {
    return () -> FormValues.readDatesIn(clock.getZone());
  }
}
