package org.livelihoodmatch.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.validation.BindingResult;

/**
 * Why a vacancy cannot be stored: the field at fault, a stable code that pages translate ({@code
 * vacancy.refusal.<code>} with the arguments), and the English message the API answers with.
 */
public record Refusal(String field, String code, List<Object> args, String message) {

  public Refusal {
    args = List.copyOf(args);
  }

  static Refusal of(String field, String code, String message, Object... args) {
    return new Refusal(field, code, List.of(args), message);
  }

  /** The arguments as a page in {@code locale} writes them: dates with the month's name. */
  Object[] shownArgs(Locale locale) {
    return args.stream()
        .map(a -> a instanceof LocalDate day ? LocalFormats.date(day, locale) : a)
        .toArray();
  }

  /** This refusal beside its field of {@code result} (or of the whole form), in its words. */
  void rejectOn(BindingResult result, Locale locale) {
    String key = "vacancy.refusal." + code;
    if (result.getFieldType(field) != null) {
      result.rejectValue(field, key, shownArgs(locale), message);
    } else {
      result.reject(key, shownArgs(locale), message);
    }
  }

  public FieldProblem problem() {
    return new FieldProblem(field, message);
  }
}
