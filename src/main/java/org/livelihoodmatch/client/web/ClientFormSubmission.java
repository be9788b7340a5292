package org.livelihoodmatch.client.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.client.ClientForm;
import org.livelihoodmatch.client.ClientRecords;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a posted client form with the API's rules and saves it, or says what is wrong: every
 * problem at once, those of numbers and dates that could not be read and those of the rules, each
 * beside its input ({@code officer.problem.client.<field>} in the page's language); {@code 400} for
 * bad answers, {@code 409} for a clash with what is stored (an external id another client has, a
 * record someone else saved meanwhile).
 */
@Component
class ClientFormSubmission {

  /** The page's own code for a problem: its messages say what to do, field by field. */
  static final String PROBLEM = "officer.problem";

  /** What became of a post: her id when saved; otherwise the status to answer with. */
  record Outcome(UUID id, int status, boolean stale) {}

  private final ClientRecords records;

  ClientFormSubmission(ClientRecords records) {
    this.records = records;
  }

  Outcome submit(ClientPageForm page, BindingResult result, Function<ClientForm, UUID> save) {
    ClientFormMapping mapping = ClientFormMapping.of(page);
    reject(result, mapping, records.problems(mapping.form()));
    if (result.hasErrors()) {
      return new Outcome(null, HttpServletResponse.SC_BAD_REQUEST, false);
    }
    try {
      return new Outcome(save.apply(mapping.form()), 0, false);
    } catch (InvalidInputException e) {
      reject(result, mapping, e.problems());
      return new Outcome(null, HttpServletResponse.SC_BAD_REQUEST, false);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      result.reject("officer.client.stale");
      return new Outcome(null, HttpServletResponse.SC_CONFLICT, true);
    } catch (ConflictException e) {
      reject(result, mapping, List.of(new FieldProblem(e.field(), e.getMessage())));
      return new Outcome(null, HttpServletResponse.SC_CONFLICT, false);
    }
  }

  /**
   * Puts each problem beside the page's input for its field, unless that input already shows one (a
   * number that could not be read is not also "required"); a field the page has no input for is
   * said above the form.
   */
  private static void reject(
      BindingResult result, ClientFormMapping mapping, List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      String field = mapping.pageField(p.field());
      if (result.hasFieldErrors(field)) {
        continue;
      }
      if (result.getFieldType(field) != null) {
        result.rejectValue(field, PROBLEM, p.message());
      } else {
        result.reject(PROBLEM, p.message());
      }
    }
  }
}
