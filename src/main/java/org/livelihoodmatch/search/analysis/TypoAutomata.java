package org.livelihoodmatch.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The Levenshtein automata of typo-tolerant words, built once and shared by every field and every
 * search: building one costs about a millisecond (far more than running it), and the same words
 * come back again and again, in three fields per search. The least recently used are dropped once
 * the automata together exceed {@value #MAX_BYTES} bytes.
 */
public final class TypoAutomata {

  static final long MAX_BYTES = 32L << 20;

  private record Key(String word, int maxEdits) {}

  private final Map<Key, CompiledAutomaton> cache = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  /** The automaton of words within {@code maxEdits} of {@code word} sharing its first letter. */
  CompiledAutomaton of(String word, int maxEdits) {
    Key key = new Key(word, maxEdits);
    synchronized (cache) {
      CompiledAutomaton known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    CompiledAutomaton built = FuzzyQuery.getFuzzyAutomaton(word, maxEdits, 1, true);
    synchronized (cache) {
      if (cache.putIfAbsent(key, built) == null) {
        bytes += built.ramBytesUsed();
        var eldest = cache.entrySet().iterator();
        while (bytes > MAX_BYTES && cache.size() > 1) {
          bytes -= eldest.next().getValue().ramBytesUsed();
          eldest.remove();
        }
      }
      return cache.getOrDefault(key, built);
    }
  }
}
