package org.livelihoodmatch.referral;

import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral inbox ({@code /referrals}): incoming referrals with the forms to accept or decline
 * them, the outgoing ones with their status; and the "refer her" form of a client's page. Each goes
 * through {@link ReferralService}, as the API does; a refusal comes back beside its form, in the
 * reader's language, with what was typed kept.
 */
@Controller
class ReferralPages {

  static final int SHOWN = 50;

  private final ReferralService service;
  private final ReferralQueries queries;
  private final MessageSource messages;

  ReferralPages(ReferralService service, ReferralQueries queries, MessageSource messages) {
    this.service = service;
    this.queries = queries;
    this.messages = messages;
  }

  @GetMapping("/referrals")
  String inbox(Model model) {
    Paging paging = new Paging(0, SHOWN);
    model.addAttribute("incoming", queries.list(true, null, paging));
    model.addAttribute("outgoing", queries.list(false, null, paging));
    return "referral/inbox";
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      Locale locale,
      RedirectAttributes flash) {
    return decide(id, reason, true, locale, flash);
  }

  @PostMapping("/referrals/{id}/decline")
  String decline(
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      Locale locale,
      RedirectAttributes flash) {
    return decide(id, reason, false, locale, flash);
  }

  private String decide(
      UUID id, String reason, boolean accept, Locale locale, RedirectAttributes flash) {
    ReferralRequests.Decision decision = new ReferralRequests.Decision(reason);
    try {
      Referral r = accept ? service.accept(id, decision) : service.decline(id, decision);
      flash.addFlashAttribute(
          "notice",
          accept
              ? message("referral.accepted", locale, r.receivedCode)
              : message("referral.declined", locale, r.clientCode));
    } catch (InvalidInputException e) {
      refused(flash, id, reason, e.problems().get(0).field(), locale);
    } catch (ConflictException e) {
      refused(flash, id, reason, e.field(), locale);
    }
    return "redirect:/referrals";
  }

  /** "Refer her" from her page: she stays on the page, with the referral pending or the refusal. */
  @PostMapping("/clients/{id}/referrals")
  String refer(
      @PathVariable UUID id,
      @RequestParam(required = false) String toOrganisationId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String consent,
      Locale locale,
      RedirectAttributes flash) {
    UUID to = null;
    try {
      to =
          toOrganisationId == null || toOrganisationId.isBlank()
              ? null
              : UUID.fromString(toOrganisationId);
    } catch (IllegalArgumentException e) {
      to = null;
    }
    try {
      service.refer(id, new ReferralRequests.Refer(to, reason, "true".equals(consent)));
      flash.addFlashAttribute("notice", message("referral.sent", locale));
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("referralTo", toOrganisationId);
      flash.addFlashAttribute("referralReason", reason);
      flash.addFlashAttribute(
          "problem", message("referral.problem." + e.problems().get(0).field(), locale));
    } catch (ConflictException e) {
      flash.addFlashAttribute("problem", message("referral.conflict." + e.field(), locale));
    }
    return "redirect:/clients/" + id;
  }

  private void refused(
      RedirectAttributes flash, UUID id, String reason, String field, Locale locale) {
    flash.addFlashAttribute("failedId", id);
    flash.addFlashAttribute("failedReason", reason);
    flash.addFlashAttribute("problem", message("referral.refused." + field, locale));
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(
        key, args, messages.getMessage("referral.refused.other", null, locale), locale);
  }
}
