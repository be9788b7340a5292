package org.livelihoodmatch.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals over the API (API.md, "Referrals between organisations"). */
@RestController
class ReferralController {

  private final ReferralService service;
  private final ReferralQueries queries;

  ReferralController(ReferralService service, ReferralQueries queries) {
    this.service = service;
    this.queries = queries;
  }

  @PostMapping("/api/v1/clients/{id}/referrals")
  @Operation(
      summary = "Refer a client to another NGO or government office",
      description =
          "OFFICER of the client's organisation (another organisation's client: 404). Needs her"
              + " recorded consent (400 naming consent), a reason, and an NGO or GOVERNMENT"
              + " organisation other than the caller's (400 naming toOrganisationId); a referral"
              + " of her already pending is 409. She stays the sender's until the receiver"
              + " accepts.")
  @ApiResponse(
      responseCode = "201",
      description = "Referred, PENDING; Location names the referral",
      useReturnTypeSchema = true)
  ResponseEntity<ReferralView> refer(
      @PathVariable UUID id, @RequestBody(required = false) ReferralRequests.Refer body) {
    Referral referral = service.refer(id, body);
    return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id))
        .body(queries.view(referral));
  }

  @GetMapping("/api/v1/referrals")
  @Operation(
      summary = "The organisation's referrals, incoming (to decide) or outgoing",
      description = "Paged; pending first, then newest first. OFFICER or PLANNER.")
  PageOf<ReferralView> list(
      @Parameter(description = "incoming (default) or outgoing") @RequestParam(required = false)
          String direction,
      @Parameter(description = "PENDING, ACCEPTED or DECLINED") @RequestParam(required = false)
          String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Paging paging = Paging.of(page, size);
    boolean incoming = direction == null || direction.isBlank() || direction.equals("incoming");
    if (!incoming && !direction.equals("outgoing")) {
      throw new InvalidInputException("direction", "must be incoming or outgoing");
    }
    ReferralStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = ReferralStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("status", "must be PENDING, ACCEPTED or DECLINED");
      }
    }
    return queries.list(incoming, wanted, paging);
  }

  @PostMapping("/api/v1/referrals/{id}/accept")
  @Operation(
      summary = "Accept an incoming referral: the client and her history become yours",
      description =
          "OFFICER of the receiving organisation (the sender or anyone else: 404). In one"
              + " transaction the client, her placements and follow-ups move; the sender gets 404"
              + " on her from then on. A referral already decided is 409. The reason is optional.")
  ReferralView accept(
      @PathVariable UUID id, @RequestBody(required = false) ReferralRequests.Decision body) {
    return queries.view(service.accept(id, body));
  }

  @PostMapping("/api/v1/referrals/{id}/decline")
  @Operation(
      summary = "Decline an incoming referral, with a reason",
      description =
          "OFFICER of the receiving organisation; the reason is required (400 naming reason);"
              + " a referral already decided is 409. The client stays with the sender.")
  ReferralView decline(
      @PathVariable UUID id, @RequestBody(required = false) ReferralRequests.Decision body) {
    return queries.view(service.decline(id, body));
  }
}
