package org.livelihoodmatch.vacancy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A sign that an offer may be a trafficker's bait: it does not refuse the vacancy but holds it for
 * an officer. The code is stable (pages translate it); the message explains it in English; the
 * figures behind it (a wage, the usual wage, an occupation's code, hours) let a page say the same
 * in the reader's language ({@code redFlag.CODE.detail}). The API answers code and message.
 */
public record RedFlag(String code, String message, @JsonIgnore List<String> figures) {

  public RedFlag {
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  public RedFlag(String code, String message) {
    this(code, message, List.of());
  }
}
