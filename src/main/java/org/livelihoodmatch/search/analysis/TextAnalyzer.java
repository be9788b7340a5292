package org.livelihoodmatch.search.analysis;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.tokenattributes.ScriptAttribute;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analysis chain of the search text fields, in its index and query variants (see {@link
 * Analyzers}): Khmer normalisation, ICU word segmentation, case and accent folding of non-Khmer
 * text, English stemming of Latin words, then optionally Khmer decompounding (index) or occupation
 * synonyms (query).
 */
public final class TextAnalyzer extends Analyzer {

  /**
   * ICU folding without Khmer: UTR #30 treats the Khmer COENG (U+17D2) and the register and other
   * signs (U+17C9..U+17D3) as diacritics and strips them, which would turn the subscript in កណ្តាល
   * into a full letter and merge words that differ in their signs. Khmer has no case, so leaving it
   * out loses nothing.
   */
  static final Normalizer2 FOLDING_WITHOUT_KHMER =
      new FilteredNormalizer2(ICUFoldingFilter.NORMALIZER, new UnicodeSet("[^[:Khmer:]]").freeze());

  private final SynonymMap synonyms;
  private final CharArraySet khmerVocabulary;

  /**
   * @param synonyms occupation synonyms applied last (query side), or {@code null}
   * @param khmerVocabulary Khmer words to find inside compounds (index side), or {@code null}
   */
  TextAnalyzer(SynonymMap synonyms, CharArraySet khmerVocabulary) {
    this.synonyms = synonyms;
    this.khmerVocabulary = khmerVocabulary;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new KhmerNormalizer(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new KhmerNormalizer(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer tokenizer = new ICUTokenizer();
    TokenStream stream = new ICUFoldingFilter(tokenizer, FOLDING_WITHOUT_KHMER);
    stream = new LatinOnly(stream);
    if (khmerVocabulary != null && !khmerVocabulary.isEmpty()) {
      stream = new KhmerCompoundFilter(stream, khmerVocabulary);
    }
    if (synonyms != null && synonyms.fst != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** Keeps phrases from matching across two values of one field (two occupation names). */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in, FOLDING_WITHOUT_KHMER);
  }

  /** Applies English possessive removal and Porter stemming to Latin-script tokens only. */
  private static final class LatinOnly extends ConditionalTokenFilter {
    private final ScriptAttribute script = addAttribute(ScriptAttribute.class);

    LatinOnly(TokenStream input) {
      super(input, in -> new PorterStemFilter(new EnglishPossessiveFilter(in)));
    }

    @Override
    protected boolean shouldFilter() {
      return script.getCode() == UScript.LATIN;
    }
  }
}
