package org.livelihoodmatch.placement;

import java.util.UUID;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;

/**
 * The hidden fields of a match card's "place her on this option" form, read into the pathway the
 * API would be posted: its kind and what tells it apart (intake, vacancy, market, loan product,
 * family livelihood). Nothing else is taken from the page; the service finds the option again.
 */
final class PlacingForm {

  private PlacingForm() {}

  static PostedPathway pathway(PageForm form) {
    UUID training = id(form, "trainingId", "pathway.training.id");
    UUID vacancy = id(form, "vacancyId", "pathway.vacancy.id");
    String market = form.text("marketKey");
    String loan = form.text("loanProduct");
    String family = form.text("familyLivelihood");
    return new PostedPathway(
        form.text("kind"),
        training == null ? null : new PostedPathway.Ref(training),
        vacancy == null ? null : new PostedPathway.Ref(vacancy),
        market == null ? null : new PostedPathway.Market(market, null, null),
        loan == null ? null : new PostedPathway.Product(loan),
        family == null ? null : new PostedPathway.Code(family));
  }

  private static UUID id(PageForm form, String input, String field) {
    String text = form.text(input);
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          java.util.List.of(new FieldProblem(field, "'" + text + "' is not an id")));
    }
  }
}
