package org.livelihoodmatch.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * A character filter that folds Khmer spellings which look the same on screen into one encoding,
 * before the text is segmented into words. Unicode normalisation (NFC/NFKC) does not merge any of
 * these, yet users type them interchangeably, so without this fold a vacancy in កណ្ដាល is not found
 * by a search for កណ្តាល. Running before the tokenizer also makes ICU's dictionary see one
 * spelling, so both spellings are segmented the same way. Offsets are corrected, so highlighting
 * still marks the original text.
 *
 * <p>The folds (after SIL's {@code khnormal} and the Unicode Standard, chapter 16.4 "Khmer"):
 *
 * <ul>
 *   <li>COENG DA (U+17D2 U+178A) → COENG TA (U+17D2 U+178F): the two subscripts have the same
 *       glyph; writers and data sets use either (កណ្ដាល and កណ្តាល, both "Kandal").
 *   <li>COENG RO before another subscript → after it (U+17D2 U+179A U+17D2 X → U+17D2 X U+17D2
 *       U+179A): subscript RO is drawn to the left of the base whatever its place, so ស្រ្តី and
 *       ស្ត្រី look alike; the standard order puts RO last.
 *   <li>U+17A3 (deprecated independent vowel QAQ) → U+17A2 QA, and U+17A4 (deprecated QAA) → U+17A2
 *       U+17B6: Unicode deprecates them in favour of these sequences, which look the same.
 *   <li>U+17B4 and U+17B5 (inherent vowels, invisible, "should be avoided") are removed.
 *   <li>Split vowels: U+17C1 U+17B8 (E + II) → U+17BE (OE), U+17C1 U+17B6 (E + AA) → U+17C4 (OO),
 *       U+17BE U+17B6 (OE + AA) → U+17C4 U+17B8 (OO + II): two-part spellings of one vowel sign.
 *   <li>A register shifter (U+17C9 MUUSIKATOAN, U+17CA TRIISAP) typed after a dependent vowel is
 *       moved before it (the encoding order), e.g. ម + ូ + ៉ → ម + ៉ + ូ; both render alike.
 *   <li>U+17D8 (deprecated BEYYAL) → ។ល។ (U+17D4 U+179B U+17D4), its recommended spelling.
 *   <li>Zero-width space U+200B, ZWNJ U+200C, ZWJ U+200D, word joiner U+2060, BOM U+FEFF and soft
 *       hyphen U+00AD are removed: they are invisible and placed inconsistently (Khmer writers put
 *       zero-width spaces between some words), so the dictionary segments every text the same way.
 *   <li>Khmer digits ០..៩ → 0..9, so "២០២៧" finds "2027".
 * </ul>
 */
public final class KhmerNormalizer extends MappingCharFilter {

  private static final char COENG = '\u17D2';
  private static final char DA = '\u178A';
  private static final char TA = '\u178F';
  private static final char RO = '\u179A';

  /** The mapping of look-alike spellings to one spelling; shared and immutable. */
  static final NormalizeCharMap MAP = buildMap();

  /** Wraps {@code input} so that what is read from it is Khmer-normalised. */
  public KhmerNormalizer(Reader input) {
    super(MAP, input);
  }

  /** Returns {@code text} Khmer-normalised; {@code null} stays {@code null}. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    char[] buffer = new char[256];
    try (Reader reader = new KhmerNormalizer(new StringReader(text))) {
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static NormalizeCharMap buildMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("" + COENG + DA, "" + COENG + TA);
    for (char consonant = '\u1780'; consonant <= '\u17A2'; consonant++) {
      if (consonant != RO) {
        // the DA fold is folded in here too: the longest match wins, rules are not re-applied
        char sub = consonant == DA ? TA : consonant;
        map.add("" + COENG + RO + COENG + consonant, "" + COENG + sub + COENG + RO);
      }
    }
    map.add("\u17A3", "\u17A2");
    map.add("\u17A4", "\u17A2\u17B6");
    map.add("\u17B4", "");
    map.add("\u17B5", "");
    map.add("\u17C1\u17B8", "\u17BE");
    map.add("\u17C1\u17B6", "\u17C4");
    map.add("\u17BE\u17B6", "\u17C4\u17B8");
    map.add("\u17C1\u17B8\u17B6", "\u17C4\u17B8");
    for (char vowel = '\u17B6'; vowel <= '\u17C5'; vowel++) {
      map.add("" + vowel + '\u17C9', "\u17C9" + vowel);
      map.add("" + vowel + '\u17CA', "\u17CA" + vowel);
    }
    map.add("\u17D8", "\u17D4\u179B\u17D4");
    for (String invisible :
        new String[] {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"}) {
      map.add(invisible, "");
    }
    for (int digit = 0; digit <= 9; digit++) {
      map.add(String.valueOf((char) ('\u17E0' + digit)), String.valueOf((char) ('0' + digit)));
    }
    return map.build();
  }
}
