package org.livelihoodmatch.placement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.livelihoodmatch.system.LocalFormats;
import org.livelihoodmatch.system.Validation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A placement's page ({@code /placements/{id}}) for its organisation's officers and planners, and
 * the monthly visit recorded from it through the same {@link PlacementService} as the API: the
 * ministry's follow-up happens at the client's door, often on a phone, so the form works without
 * JavaScript and a refused visit comes back with everything typed and each problem beside its field
 * in the page's language. Another organisation's placement is the 404 page.
 */
@Controller
class PlacementPages {

  private final PlacementPageModel page;
  private final PlacementService service;
  private final Validation validation;
  private final MessageSource messages;
  private final PageSubmission submission;
  private final LocalFormats formats;

  PlacementPages(
      PlacementPageModel page,
      PageSubmission submission,
      PlacementService service,
      Validation validation,
      MessageSource messages,
      LocalFormats formats) {
    this.formats = formats;
    this.page = page;
    this.submission = submission;
    this.service = service;
    this.validation = validation;
    this.messages = messages;
  }

  @GetMapping("/placements/{id}")
  String placement(@PathVariable UUID id, Locale locale, Model model) {
    return page.render(id, locale, model, null);
  }

  @PostMapping("/placements/{id}/visits")
  String visit(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response) {
    Placement placement = page.find(id);
    PageForm form = PageForm.posted("visit", params);
    return submission.submit(
        new PageSubmission.Form(id, form, PageForms.VISIT_INPUTS, placement.startDate),
        locale,
        model,
        flash,
        response,
        () ->
            recordedNotice(
                service.recordVisit(id, PageForms.visit(form, validation), PageForms.visitId(form)),
                locale));
  }

  /** "Visit of month 3 recorded: US$55.00 left over", with its alerts named. */
  private String recordedNotice(FollowUp f, Locale locale) {
    String text =
        messages.getMessage(
            "placement.visitRecorded",
            new Object[] {f.month(), formats.money(f.actualBudget().surplus(), locale)},
            locale);
    if (f.alerts().isEmpty()) {
      return text;
    }
    return text
        + " "
        + messages.getMessage(
            "placement.alertsRaised",
            new Object[] {
              f.alerts().stream()
                  .map(a -> messages.getMessage("placement.alert." + a.name(), null, locale))
                  .collect(Collectors.joining(", "))
            },
            locale);
  }
}
