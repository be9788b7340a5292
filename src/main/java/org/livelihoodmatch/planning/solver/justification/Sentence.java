package org.livelihoodmatch.planning.solver.justification;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence about a plan for people, not yet in a language: the key of its wording in the plan
 * pages' bundle ({@code planner-messages}) and its arguments. An argument is a number, a {@link
 * Term} the page shows in its own way (a client's case code linking to her page, a pathway
 * described by what it is, money in the reader's format), another sentence, or a list of sentences.
 * The English {@code toString()} of a justification stays what the API says; this is what pages
 * say, in English or Khmer.
 */
public record Sentence(String key, List<Object> args) {

  public Sentence {
    args = List.copyOf(args);
  }

  public static Sentence of(String key, Object... args) {
    return new Sentence(key, Arrays.asList(args));
  }
}
