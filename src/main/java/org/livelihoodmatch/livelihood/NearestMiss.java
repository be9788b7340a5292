package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.util.List;

/**
 * An option a client just misses: the pathway (its budget as it would be), by how much a month its
 * surplus falls short (0 when a rule, not money, blocks it), the first rule that blocks it, and
 * what would make it work, as reasons: in English for the API (API.md "nearestMisses") and keyed
 * for the pages in the reader's language.
 */
public record NearestMiss(
    Pathway pathway, BigDecimal shortBy, Blocker blockedBy, List<Reason> wouldWorkWith) {

  /** What stands in the way. */
  public enum Blocker {
    BUDGET,
    PROVINCE,
    AGE,
    LANGUAGE,
    SEX,
    LITERACY,
    DATES,
    CAPACITY
  }
}
