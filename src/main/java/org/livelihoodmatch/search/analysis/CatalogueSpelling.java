package org.livelihoodmatch.search.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livelihoodmatch.search.OccupationTerms;

/**
 * Corrects misspelt trade words in a query against the English words of the occupation catalogue,
 * before analysis. The index's own typo tolerance ({@link TextQueryBuilder}) compares stems, and a
 * misspelling often stems apart from its word: "constrction" keeps its "-ion" while "construction"
 * stems to "construct"; "vegetbles" stems to "vegetbl", two letters from "veget". Spelt out in
 * full, the word is one letter away. A word is corrected when it is not a catalogue word, shares
 * its first letter with one, and is within the edits {@link TextQueryBuilder#maxEdits} allows for
 * its length.
 */
public final class CatalogueSpelling {

  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

  private final Set<String> known = new HashSet<>();
  private final Map<Integer, List<String>> byFirstLetter = new HashMap<>();

  public CatalogueSpelling(List<OccupationTerms> occupations) {
    Set<String> words = new TreeSet<>();
    for (OccupationTerms occupation : occupations) {
      List<String> terms = new ArrayList<>(occupation.termsEn());
      terms.add(occupation.occupationCode());
      for (String term : terms) {
        Matcher word = LATIN_WORD.matcher(term.toLowerCase(Locale.ROOT));
        while (word.find()) {
          words.add(word.group());
        }
      }
    }
    known.addAll(words);
    for (String word : words) {
      if (TextQueryBuilder.maxEdits(word) > 0) {
        byFirstLetter.computeIfAbsent(word.codePointAt(0), c -> new ArrayList<>()).add(word);
      }
    }
  }

  /**
   * {@code q} with each unknown Latin word replaced by the nearest catalogue word (the fewest
   * edits, then alphabetically); {@code q} itself when no word needs correcting.
   */
  public String correct(String q) {
    if (q == null) {
      return null;
    }
    Matcher word = LATIN_WORD.matcher(q);
    StringBuilder corrected = null;
    int copied = 0;
    while (word.find()) {
      String nearest = nearest(word.group().toLowerCase(Locale.ROOT));
      if (nearest != null) {
        corrected = corrected == null ? new StringBuilder(q.length() + 8) : corrected;
        corrected.append(q, copied, word.start()).append(nearest);
        copied = word.end();
      }
    }
    return corrected == null ? q : corrected.append(q, copied, q.length()).toString();
  }

  /** The catalogue word {@code typed} is a misspelling of, or null. */
  private String nearest(String typed) {
    int allowed = TextQueryBuilder.maxEdits(typed);
    if (allowed == 0 || known.contains(typed)) {
      return null;
    }
    String best = null;
    int fewest = allowed + 1;
    for (String candidate : byFirstLetter.getOrDefault(typed.codePointAt(0), List.of())) {
      int edits = distance(typed, candidate, allowed);
      if (edits < fewest) {
        best = candidate;
        fewest = edits;
      }
    }
    return best;
  }

  /**
   * Edits (insertions, deletions, substitutions and swaps of neighbours) between {@code a} and
   * {@code b}, or {@code max + 1} when they are more than {@code max} apart.
   */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int edits = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          edits = Math.min(edits, d[i - 2][j - 2] + 1);
        }
        d[i][j] = edits;
        rowMin = Math.min(rowMin, edits);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return Math.min(d[a.length()][b.length()], max + 1);
  }
}
