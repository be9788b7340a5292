package org.livelihoodmatch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Makes the short snippet of each hit: the title with its matched words marked when the title
 * matched, else the best passage (about {@value #LENGTH} characters) of the description, else the
 * start of the description or the title. Text is HTML-escaped (as Lucene's formatter does: {@code <
 * > & " ' /}); matches are wrapped in {@code <mark>}. The matches are found through the offsets
 * stored in the index, so synonyms, stems and Khmer spellings are marked as they were searched.
 */
final class Snippets {

  static final int LENGTH = 160;
  private static final String[] FIELDS = {SearchFields.TITLE, SearchFields.DESCRIPTION};

  private final Analyzer indexAnalyzer;

  Snippets(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** One snippet per hit of {@code page}, in its order; {@code docs} are their stored fields. */
  String[] of(IndexSearcher searcher, Query textQuery, TopDocs page, Document[] docs)
      throws IOException {
    String[] snippets = new String[docs.length];
    Map<String, String[]> marked =
        textQuery == null || docs.length == 0
            ? Map.of()
            : highlighter(searcher, page, docs)
                .highlightFields(FIELDS, textQuery, page, new int[] {1, 1});
    for (int i = 0; i < docs.length; i++) {
      String title = at(marked.get(SearchFields.TITLE), i);
      String description = at(marked.get(SearchFields.DESCRIPTION), i);
      snippets[i] = title != null ? title : description != null ? description : plain(docs[i]);
    }
    return snippets;
  }

  /** A highlighter that takes the hits' text from {@code docs}, already read from the index. */
  private UnifiedHighlighter highlighter(IndexSearcher searcher, TopDocs page, Document[] docs) {
    Map<Integer, Document> byDoc = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      byDoc.put(page.scoreDocs[i].doc, docs[i]);
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withMaxNoHighlightPassages(0)
            .withWeightMatches(false);
    return new UnifiedHighlighter(builder) {
      @Override
      protected List<CharSequence[]> loadFieldValues(
          String[] fields, DocIdSetIterator hits, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
          CharSequence[] texts = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            String text = byDoc.get(doc).get(fields[f]);
            texts[f] = text == null ? "" : text;
          }
          values.add(texts);
        }
        return values;
      }

      @Override
      protected BreakIterator getBreakIterator(String field) {
        return SearchFields.TITLE.equals(field)
            ? new WholeBreakIterator()
            : LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.3f);
      }
    };
  }

  private static String at(String[] values, int i) {
    return values == null || values[i] == null || values[i].isEmpty() ? null : values[i];
  }

  /** The start of the description (or the title), escaped, when nothing was marked. */
  private static String plain(Document doc) {
    String text = doc.get(SearchFields.DESCRIPTION);
    if (text == null || text.isBlank()) {
      text = doc.get(SearchFields.TITLE);
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    text = text.strip();
    if (text.length() > LENGTH) {
      int cut = text.lastIndexOf(' ', LENGTH);
      text = text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
    }
    return escape(text);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
