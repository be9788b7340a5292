package org.livelihoodmatch.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What the texts of a spreadsheet's cells mean: the dates spreadsheets produce (ISO, {@code
 * dd/MM/yyyy}, Excel's serial numbers), yes and no, OSCaR's genders, NCDD codes with or without the
 * leading zero Primero drops, languages by code or by name, lists separated by semicolons. Each
 * returns empty for a text it cannot read; the caller says why beside the column.
 */
final class CellValues {

  private CellValues() {}

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Excel's serial day numbers of dates from 1900 to 9999 (1 is 1900-01-01). */
  private static final double LAST_SERIAL = 2_958_465;

  static Optional<LocalDate> date(String text) {
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == 'T') {
      t = t.substring(0, 10); // 2001-06-30T00:00:00, as some exports write dates
    }
    for (DateTimeFormatter format : List.of(ISO, DAY_FIRST)) {
      try {
        return Optional.of(LocalDate.parse(t, format));
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    try {
      double serial = Double.parseDouble(t);
      if (serial >= 1 && serial <= LAST_SERIAL && t.matches("\\d+(\\.\\d+)?")) {
        return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
      }
    } catch (NumberFormatException e) {
      // not a serial number either
    }
    return Optional.empty();
  }

  private static final List<String> YES = List.of("yes", "y", "true", "1", "បាទ", "ចាស", "x");
  private static final List<String> NO = List.of("no", "n", "false", "0", "ទេ");

  static Optional<Boolean> yesNo(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return YES.contains(t)
        ? Optional.of(true)
        : NO.contains(t) ? Optional.of(false) : Optional.empty();
  }

  /**
   * OSCaR's genders onto the service's sexes: female F, male M; lgbt, unknown, prefer_not_to_say
   * and other are X (the service records no more than that, and never guesses F or M). F, M and X
   * themselves are read too.
   */
  static Optional<String> sex(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return switch (t) {
      case "female", "f" -> Optional.of("F");
      case "male", "m" -> Optional.of("M");
      case "lgbt", "unknown", "prefer_not_to_say", "other", "x" -> Optional.of("X");
      default -> Optional.empty();
    };
  }

  /** The gender an export writes for a sex (X as OSCaR's "other"). */
  static String gender(String sex) {
    return switch (sex) {
      case "F" -> "female";
      case "M" -> "male";
      default -> "other";
    };
  }

  /**
   * An NCDD code of 2 (province), 4 (district), 6 (commune) or 8 (village) digits; one of 1, 3, 5
   * or 7 digits lost its leading zero (Primero keeps codes as numbers, as does Excel) and gets it
   * back.
   */
  static Optional<String> ncdd(String text) {
    String t = text.strip();
    if (!t.matches("\\d{1,8}")) {
      return Optional.empty();
    }
    return Optional.of(t.length() % 2 == 1 ? "0" + t : t);
  }

  /** A province code, {@code 1} read as {@code 01}. */
  static String province(String text) {
    String t = text.strip();
    return t.matches("\\d") ? "0" + t : t;
  }

  private static final Map<String, String> LANGUAGE_NAMES =
      Map.ofEntries(
          Map.entry("khmer", "km"),
          Map.entry("ខ្មែរ", "km"),
          Map.entry("english", "en"),
          Map.entry("vietnamese", "vi"),
          Map.entry("thai", "th"),
          Map.entry("chinese", "zh"),
          Map.entry("mandarin", "zh"),
          Map.entry("french", "fr"),
          Map.entry("lao", "lo"),
          Map.entry("cham", "cjm"),
          Map.entry("tampuan", "tpu"),
          Map.entry("jarai", "jra"),
          Map.entry("kreung", "krr"),
          Map.entry("bunong", "cmo"),
          Map.entry("phnong", "cmo"));

  /** A language by its ISO 639 code ({@code km}) or its English name ({@code Khmer}). */
  static Optional<String> language(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.matches("[a-z]{2,3}")) {
      return Optional.of(t);
    }
    return Optional.ofNullable(LANGUAGE_NAMES.get(t));
  }

  /** The items of a list cell, separated by semicolons (or commas), blanks left out. */
  static List<String> list(String text) {
    return Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static Optional<Integer> wholeNumber(String text) {
    try {
      BigDecimal n = new BigDecimal(text.strip());
      return Optional.of(n.intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** An amount in US dollars; trailing zeros dropped so 25.500 counts as whole cents. */
  static Optional<BigDecimal> amount(String text) {
    try {
      BigDecimal n = new BigDecimal(text.strip()).stripTrailingZeros();
      return Optional.of(n.scale() < 0 ? n.setScale(0) : n);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
