package org.livelihoodmatch.admin.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every administrator's page shows times in: the service's zone (Cambodia's). */
@ControllerAdvice(basePackageClasses = AdminPageModel.class)
class AdminPageModel {

  private final Clock clock;

  AdminPageModel(Clock clock) {
    this.clock = clock;
  }

  @ModelAttribute("zone")
  ZoneId zone() {
    return clock.getZone();
  }
}
