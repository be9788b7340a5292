package org.livelihoodmatch.placement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way the placement page's forms (visit, end, close) are answered: the service does it and
 * the officer is sent back to the page with a notice; or the page comes again with the form as
 * typed and each problem beside its field, {@code 400} for a bad value, {@code 409} for a clash
 * with the record (a month already visited, a placement already ended).
 */
@Component
class PageSubmission {

  private final PlacementPageModel page;
  private final MessageSource messages;

  PageSubmission(PlacementPageModel page, MessageSource messages) {
    this.page = page;
    this.messages = messages;
  }

  /** What one form needs besides its action: its inputs and the arguments of its messages. */
  record Form(UUID placementId, PageForm posted, Set<String> inputs, Object... messageArgs) {}

  String submit(
      Form form,
      Locale locale,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response,
      Supplier<String> action) {
    try {
      flash.addFlashAttribute("notice", action.get());
      return "redirect:/placements/" + form.placementId();
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      form.posted()
          .reject(e.problems(), false, form.inputs(), messages, locale, form.messageArgs());
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      form.posted()
          .reject(
              List.of(new FieldProblem(e.field(), e.getMessage())),
              true,
              form.inputs(),
              messages,
              locale,
              form.messageArgs());
    }
    return page.render(form.placementId(), locale, model, form.posted());
  }
}
