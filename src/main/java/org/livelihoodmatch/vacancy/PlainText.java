package org.livelihoodmatch.vacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as people type it: line breaks and tabs are fine, other control characters (a NUL byte
 * cannot even be stored by PostgreSQL) are not. Markup is just text: pages escape it on output.
 * Numbers may be typed in Khmer digits.
 */
final class PlainText {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private PlainText() {}

  /** The text without control characters, stripped; {@code null} when nothing is left. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = CONTROL.matcher(text).replaceAll("").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** Khmer digits (០-៩) as ASCII digits, so that numbers typed on a Khmer keyboard are read. */
  static String asciiDigits(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder ascii = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> ascii.appendCodePoint(c >= '\u17E0' && c <= '\u17E9' ? '0' + (c - '\u17E0') : c));
    return ascii.toString();
  }

  static boolean hasControlCharacters(String text) {
    return text != null && CONTROL.matcher(text).find();
  }

  /** The free-text fields of an offer that carry control characters. */
  static List<String> findControlCharacters(VacancyTerms terms) {
    List<String> fields = new ArrayList<>();
    if (hasControlCharacters(terms.title())) {
      fields.add("title");
    }
    if (hasControlCharacters(terms.workplaceAddress())) {
      fields.add("workplaceAddress");
    }
    if (hasControlCharacters(terms.description())) {
      fields.add("description");
    }
    return fields;
  }
}
