package org.livelihoodmatch.search.analysis;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Lucene's {@link FuzzyQuery} for one word, but with its automaton from {@link TypoAutomata}
 * instead of built anew on every search (and again for every highlight): the terms of a field
 * within the allowed edits of the word, first letter fixed, at most {@value #MAX_EXPANSIONS} of
 * them, scored like a fuzzy query's (blended term frequencies).
 */
public final class TypoQuery extends MultiTermQuery {

  static final int MAX_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

  private final Term term;
  private final int maxEdits;
  private final CompiledAutomaton automaton;

  TypoQuery(Term term, int maxEdits, TypoAutomata automata) {
    super(term.field(), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
    this.term = term;
    this.maxEdits = maxEdits;
    this.automaton = automata.of(term.text(), maxEdits);
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return automaton.getTermsEnum(terms);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      automaton.visit(visitor, this, field);
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":") + term.text() + "~" + maxEdits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TypoQuery typo && typo.term.equals(term) && typo.maxEdits == maxEdits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(term, maxEdits);
  }
}
