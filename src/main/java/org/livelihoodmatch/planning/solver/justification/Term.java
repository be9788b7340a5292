package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Something a {@link Sentence} names that the page shows in the reader's words: the solver knows
 * ids, the page knows case codes, titles, employers, provinces and the reader's language.
 */
public sealed interface Term {

  /** A client of the plan: her case code, linking to her page. */
  record Client(UUID id) implements Term {}

  /** Several clients of the plan: their case codes, each linking to her page. */
  record Clients(List<UUID> ids) implements Term {
    public Clients {
      ids = List.copyOf(ids);
    }
  }

  /** A pathway of the plan (by its id in the plan, such as {@code p17}), by what it is. */
  record Pathway(String id) implements Term {}

  /** A training intake, by its title. */
  record Intake(UUID id) implements Term {}

  /** A vacancy, by its title and employer. */
  record Vacancy(UUID id) implements Term {}

  /** An employer, by its name. */
  record Employer(UUID id) implements Term {}

  /** A market for new businesses ({@code province:occupation}), by occupation and province. */
  record Market(String key) implements Term {}

  /** A microcredit product, by its name. */
  record Loan(String code) implements Term {}

  /** A family livelihood of the catalogue, by its name. */
  record FamilyLivelihood(String code) implements Term {}

  /** US cents, in the reader's format. */
  record Money(long cents) implements Term {}

  /** A rank in the client's own wishes (1 first choice); 0: not among them. */
  record Choice(int rank) implements Term {}
}
