package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Why a pathway is offered, once: in English for the API ({@code english}, what {@code reasons}
 * says) and as the key of its words in the pages' bundles with their arguments, so that a page says
 * it in the reader's language. An argument is a number, a date, a name the page looks up in its
 * language ({@link Occupation}, {@link Province}, {@link FamilyLivelihood}, {@link Loan}), an
 * amount of {@link Money}, or another reason (a part of this one).
 */
public record Reason(String english, String key, List<Object> args) {

  public Reason {
    args = List.copyOf(args);
  }

  public static Reason of(String english, String key, Object... args) {
    return new Reason(english, key, Arrays.asList(args));
  }

  /** An occupation of the catalogue, by its name. */
  public record Occupation(String code) {}

  /** A province, by its name. */
  public record Province(String code) {}

  /** A family livelihood of the catalogue, by its name. */
  public record FamilyLivelihood(String code) {}

  /** A microcredit product, by its name. */
  public record Loan(String code) {}

  /** US dollars, in the reader's format. */
  public record Money(BigDecimal amount) {}

  /**
   * The key's ending for a client's sex, where English needs a pronoun: {@code F} her, {@code M}
   * his, anything else their.
   */
  static String sex(String sex) {
    return "F".equals(sex) || "M".equals(sex) ? sex : "X";
  }

  @Override
  public String toString() {
    return english;
  }
}
