package org.livelihoodmatch.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock, in Cambodia's time zone: "today" is Phnom Penh's today. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Phnom_Penh"));
  }
}
