package org.livelihoodmatch.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livelihoodmatch.client.ClosureReason;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.Validation;

/**
 * The three forms of a placement's page (a visit, ending it, closing the case) read into the very
 * request bodies of the API and checked by the same rules, so a page and an API call are refused
 * alike and name the same fields.
 */
final class PageForms {

  static final Set<String> VISIT_INPUTS =
      Set.of(
          "month",
          "visitDate",
          "stillInPlacement",
          "monthlyIncome",
          "livingCosts.food",
          "livingCosts.accommodation",
          "livingCosts.transport",
          "livingCosts.other",
          "remittance",
          "loanRepaid",
          "concerns",
          "note");
  static final Set<String> END_INPUTS = Set.of("date", "reason", "note");
  static final Set<String> CLOSE_INPUTS = Set.of("reason", "meetingDate", "note");

  private PageForms() {}

  /** A new visit form: the next month due, visited today. */
  static PageForm newVisit(PlacementView placement, LocalDate today) {
    return PageForm.blank(
        "visit",
        Map.of(
            "month",
            placement.nextFollowUp() == null
                ? ""
                : String.valueOf(placement.nextFollowUp().month()),
            "visitDate",
            today.toString()));
  }

  static PageForm newEnd(LocalDate today) {
    return PageForm.blank("end", Map.of("date", today.toString()));
  }

  static PageForm newClosure() {
    return PageForm.blank("close", Map.of());
  }

  /**
   * The id the phone made for this visit (a hidden input the page's script fills), or {@code null}
   * where there is none: the form works without JavaScript.
   */
  static java.util.UUID visitId(PageForm form) {
    String id = form.text("id");
    if (id == null) {
      return null;
    }
    try {
      return java.util.UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("id", "is not a UUID");
    }
  }

  /** The visit as the API's body would carry it, checked; else every problem at once. */
  static Visit visit(PageForm form, Validation validation) {
    List<Concern> concerns = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (String c : form.tickedValues()) {
      try {
        concerns.add(Concern.valueOf(c));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("concerns", "'" + c + "' is not a concern"));
      }
    }
    PlacementRequests.FollowUpVisit body =
        new PlacementRequests.FollowUpVisit(
            form.whole("month"),
            form.date("visitDate"),
            form.yesNo("stillInPlacement"),
            form.money("monthlyIncome"),
            new PlacementRequests.LivingCosts(
                form.money("livingCosts.food"),
                form.money("livingCosts.accommodation"),
                form.money("livingCosts.transport"),
                form.money("livingCosts.other")),
            form.money("remittance"),
            form.yesNo("loanRepaid"),
            concerns,
            form.text("note"));
    problems.addAll(0, form.typedProblems());
    try {
      Visit visit = body.checked(validation);
      throwIfAny(problems, List.of());
      return visit;
    } catch (InvalidInputException e) {
      throwIfAny(problems, e.problems());
      throw e;
    }
  }

  static PlacementRequests.End end(PageForm form, Validation validation) {
    PlacementRequests.End body =
        new PlacementRequests.End(
            form.date("date"), form.choice("reason", EndReason.class), form.text("note"));
    return checked(body, form, validation);
  }

  static PlacementRequests.Closure closure(PageForm form, Validation validation) {
    PlacementRequests.Closure body =
        new PlacementRequests.Closure(
            form.choice("reason", ClosureReason.class),
            form.date("meetingDate"),
            form.text("note"));
    return checked(body, form, validation);
  }

  private static <T> T checked(T body, PageForm form, Validation validation) {
    List<FieldProblem> problems = new ArrayList<>(form.typedProblems());
    throwIfAny(problems, validation.of(body).list());
    return body;
  }

  /** The problems of the text first, then the rules' for the fields the text did not spoil. */
  private static void throwIfAny(List<FieldProblem> first, List<FieldProblem> then) {
    Validation.Problems all = new Validation.Problems();
    first.forEach(p -> all.add(p.field(), p.message()));
    then.forEach(p -> all.add(p.field(), p.message()));
    all.throwIfAny();
  }
}
