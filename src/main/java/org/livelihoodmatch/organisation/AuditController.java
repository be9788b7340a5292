package org.livelihoodmatch.organisation;

import java.time.Clock;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API, newest first (API.md "Accounts, audit and limits"). */
@RestController
class AuditController {

  private final AuditLog log;
  private final Clock clock;

  AuditController(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @GetMapping("/api/v1/audit")
  PageOf<AuditLog.Item> read(
      @RequestParam(required = false) String clientId,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    AuditFilter filter = AuditFilter.parse(clientId, username, action, from, to, clock.getZone());
    return log.read(filter, Paging.of(page, size));
  }
}
