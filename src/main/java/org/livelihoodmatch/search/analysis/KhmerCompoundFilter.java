package org.livelihoodmatch.search.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-side decompounding of Khmer words. ICU's dictionary keeps some compounds whole (ជាងកាត់ដេរ
 * "tailor" is one token), so a search for the known word កាត់ដេរ ("sewing") would not find it. For
 * each Khmer token this filter also emits, at the same position, every word of a given vocabulary
 * (the Khmer occupation terms and any extra words from the application) found inside it. Words are
 * only cut at letter boundaries: a part never starts or ends in the middle of a consonant cluster.
 * Parts keep the offsets of the whole token, so highlighting marks the whole compound.
 */
public final class KhmerCompoundFilter extends TokenFilter {

  private static final char COENG = '\u17D2';
  private static final int MIN_PART = 2;

  private final CharArraySet vocabulary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
  private State tokenState;

  KhmerCompoundFilter(TokenStream input, CharArraySet vocabulary) {
    super(input);
    this.vocabulary = vocabulary;
  }

  @Override
  public boolean incrementToken() throws java.io.IOException {
    if (!parts.isEmpty()) {
      restoreState(tokenState);
      term.setEmpty().append(parts.removeFirst());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    findParts(term.buffer(), term.length());
    if (!parts.isEmpty()) {
      tokenState = captureState();
    }
    return true;
  }

  private void findParts(char[] text, int length) {
    if (length <= MIN_PART || !isLetterStart(text, 0, length)) {
      return;
    }
    for (int start = 0; start < length; start++) {
      if (!isLetterStart(text, start, length)) {
        continue;
      }
      for (int end = start + MIN_PART; end <= length; end++) {
        boolean whole = start == 0 && end == length;
        if (!whole
            && (end == length || isLetterStart(text, end, length))
            && vocabulary.contains(text, start, end - start)) {
          String part = new String(text, start, end - start);
          if (!parts.contains(part)) {
            parts.add(part);
          }
        }
      }
    }
  }

  /** A Khmer consonant or independent vowel that is not a subscript (not after COENG). */
  private static boolean isLetterStart(char[] text, int i, int length) {
    if (i >= length) {
      return false;
    }
    char c = text[i];
    boolean letter = (c >= '\u1780' && c <= '\u17A2') || (c >= '\u17A5' && c <= '\u17B3');
    return letter && (i == 0 || text[i - 1] != COENG);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    parts.clear();
    tokenState = null;
  }
}
