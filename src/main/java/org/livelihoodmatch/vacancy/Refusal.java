package org.livelihoodmatch.vacancy;

import java.util.List;
import org.livelihoodmatch.system.FieldProblem;

/**
 * Why a vacancy cannot be stored: the field at fault, a stable code that pages translate ({@code
 * vacancy.refusal.<code>} with the arguments), and the English message the API answers with.
 */
public record Refusal(String field, String code, List<String> args, String message) {

  public Refusal {
    args = List.copyOf(args);
  }

  static Refusal of(String field, String code, String message, String... args) {
    return new Refusal(field, code, List.of(args), message);
  }

  public FieldProblem problem() {
    return new FieldProblem(field, message);
  }
}
