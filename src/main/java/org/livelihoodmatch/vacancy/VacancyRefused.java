package org.livelihoodmatch.vacancy;

import java.util.List;
import org.livelihoodmatch.system.InvalidInputException;

/**
 * A vacancy refused by validation or by the legal rules of screening. The API answers it like any
 * {@link InvalidInputException} ({@code 400}, one entry per field); pages translate each {@link
 * Refusal} by its code into the reader's language.
 */
public class VacancyRefused extends InvalidInputException {

  private final List<Refusal> refusals;

  VacancyRefused(List<Refusal> refusals) {
    super(refusals.stream().map(Refusal::problem).toList());
    this.refusals = List.copyOf(refusals);
  }

  public List<Refusal> refusals() {
    return refusals;
  }
}
