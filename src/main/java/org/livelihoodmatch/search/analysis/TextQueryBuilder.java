package org.livelihoodmatch.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's {@link QueryBuilder} (which turns the synonym token graph into the right queries:
 * multi-word synonyms become phrases) with typo tolerance for Latin words: a word of 4 to 7 letters
 * may be 1 edit away, a longer one 2 edits; the first letter must match. The exact word still
 * scores higher than a fuzzy match. Khmer words, numbers and codes are matched exactly: edit
 * distance on Khmer code points would merge unrelated words.
 */
public final class TextQueryBuilder extends QueryBuilder {

  public static final float FUZZY_WEIGHT = 0.5f;

  private final TypoAutomata automata = new TypoAutomata();

  public TextQueryBuilder(Analyzer analyzer) {
    super(analyzer);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    Query exact = super.newTermQuery(term, boost);
    int edits = maxEdits(term.text());
    if (edits == 0) {
      return exact;
    }
    Query fuzzy = new BoostQuery(new TypoQuery(term, edits, automata), FUZZY_WEIGHT * boost);
    return new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(fuzzy, Occur.SHOULD).build();
  }

  /** 0 for words that must match exactly, else the edit distance allowed. */
  public static int maxEdits(String word) {
    int length = word.codePointCount(0, word.length());
    if (length < 4 || !isLatinWord(word)) {
      return 0;
    }
    return length >= 8 ? 2 : 1;
  }

  private static boolean isLatinWord(String word) {
    return word.codePoints()
        .allMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }
}
