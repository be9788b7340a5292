package org.livelihoodmatch.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.livelihoodmatch.search.OccupationTerms;

/**
 * Builds the analyzers of the search text fields. Both share one chain: {@link KhmerNormalizer},
 * ICU word segmentation (Khmer by dictionary), ICU case/accent folding of non-Khmer text, English
 * possessive removal and Porter stemming of Latin words. The index analyzer adds Khmer
 * decompounding ({@link KhmerCompoundFilter}); the query analyzer adds the occupation synonyms. The
 * synonyms are run through the same chain before they enter the synonym map, so a Khmer term that
 * ICU splits in two (ជួសជុលម៉ូតូ → ជួសជុល ម៉ូតូ) is matched as those two tokens, and a stemmed
 * English term ("motorbike repair" → motorbik repair) as its stems.
 */
public final class Analyzers {

  private Analyzers() {}

  /** The analyzer for indexing, with decompounding by the Khmer terms of the occupations. */
  public static Analyzer forIndexing(List<OccupationTerms> occupations) {
    return forIndexing(occupations, List.of());
  }

  /**
   * The analyzer for indexing.
   *
   * @param occupations whose Khmer words are found inside Khmer compounds
   * @param khmerWords further Khmer words to find inside compounds (e.g. province names, so that
   *     កណ្តាល is found inside ខេត្តកណ្តាល)
   */
  public static Analyzer forIndexing(
      List<OccupationTerms> occupations, Collection<String> khmerWords) {
    return new TextAnalyzer(null, khmerVocabulary(occupations, khmerWords));
  }

  /** The analyzer for queries: the same chain plus the occupation synonyms (a token graph). */
  public static Analyzer forQueries(List<OccupationTerms> occupations) {
    return new TextAnalyzer(occupationSynonyms(occupations), null);
  }

  /** The shared chain alone, without decompounding or synonyms. */
  public static Analyzer plain() {
    return new TextAnalyzer(null, null);
  }

  /**
   * All terms of one occupation are equivalent (each maps to all, itself included), and each also
   * maps to the occupation code as one single token, so the query holds the code.
   */
  static SynonymMap occupationSynonyms(List<OccupationTerms> occupations) {
    try (Analyzer analyzer = plain()) {
      SynonymRules rules = new SynonymRules(analyzer);
      CharsRefBuilder scratch = new CharsRefBuilder();
      for (OccupationTerms occupation : occupations) {
        Set<CharsRef> forms = new LinkedHashSet<>();
        for (String term : occupation.allTerms()) {
          try {
            forms.add(CharsRef.deepCopyOf(rules.analyze(term, scratch)));
          } catch (IllegalArgumentException analyzedToNothing) {
            // a term of punctuation only: nothing to match
          }
        }
        CharsRef code = new CharsRef(occupation.occupationCode());
        for (CharsRef from : forms) {
          for (CharsRef to : forms) {
            rules.add(from, to, false);
          }
          rules.add(from, code, false);
        }
      }
      return rules.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Khmer tokens of the occupations' terms and of {@code khmerWords}, as analyzed. */
  static CharArraySet khmerVocabulary(
      List<OccupationTerms> occupations, Collection<String> khmerWords) {
    List<String> texts = new ArrayList<>(khmerWords);
    occupations.forEach(occupation -> texts.addAll(occupation.termsKm()));
    CharArraySet vocabulary = new CharArraySet(64, false);
    try (Analyzer analyzer = plain()) {
      for (String text : texts) {
        for (String token : tokens(analyzer, text)) {
          if (token.chars().anyMatch(c -> c >= 0x1780 && c <= 0x17FF)) {
            vocabulary.add(token);
          }
        }
      }
    }
    return CharArraySet.unmodifiableSet(vocabulary);
  }

  /** The terms {@code analyzer} produces for {@code text}, in order. */
  public static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Gives access to {@link SynonymMap.Parser#analyze}, which joins multi-word terms properly. */
  private static final class SynonymRules extends SynonymMap.Parser {
    SynonymRules(Analyzer analyzer) {
      super(true, analyzer);
    }

    @Override
    public void parse(Reader in) {
      throw new UnsupportedOperationException("rules are added from OccupationTerms");
    }
  }
}
