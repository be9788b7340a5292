package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a catalogue file with typed, validating accessors: every accessor names the file, the
 * line and the column when the value is wrong.
 */
record Row(String file, int line, Map<String, String> values) {

  String text(String column) {
    String value = values.get(column);
    if (value == null || value.isBlank()) {
      throw fail(column + " is empty");
    }
    return value;
  }

  String optionalText(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value;
  }

  int wholeNumber(String column, int min) {
    String value = text(column);
    try {
      int number = Integer.parseInt(value);
      if (number < min) {
        throw fail(column + " is " + number + " but must be at least " + min);
      }
      return number;
    } catch (NumberFormatException e) {
      throw fail(column + " is '" + value + "', not a whole number");
    }
  }

  BigDecimal amount(String column) {
    String value = text(column);
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.signum() < 0) {
        throw fail(column + " is negative (" + value + ")");
      }
      if (amount.scale() > 2) {
        throw fail(column + " has more than 2 decimals (" + value + ")");
      }
      return amount.setScale(2);
    } catch (NumberFormatException e) {
      throw fail(column + " is '" + value + "', not a number");
    }
  }

  double coordinate(String column, double min, double max) {
    String value = text(column);
    try {
      double number = Double.parseDouble(value);
      if (number < min || number > max) {
        throw fail(column + " is " + value + ", outside " + min + ".." + max);
      }
      return number;
    } catch (NumberFormatException e) {
      throw fail(column + " is '" + value + "', not a number");
    }
  }

  boolean flag(String column) {
    String value = text(column);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw fail(column + " is '" + value + "' but must be true or false");
    };
  }

  LocalDate date(String column) {
    String value = text(column);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw fail(column + " is '" + value + "', not a date YYYY-MM-DD");
    }
  }

  String oneOf(String column, Set<String> allowed) {
    String value = text(column);
    if (!allowed.contains(value)) {
      throw fail(column + " is '" + value + "' but must be one of " + allowed);
    }
    return value;
  }

  List<String> list(String column) {
    String value = optionalText(column);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The provenance of the row: a source is required, and an estimate must say how it was made. */
  Provenance provenance() {
    String status = text("status");
    String notes = optionalText("notes");
    if (status.toLowerCase().contains("estimate") && notes == null && values.containsKey("notes")) {
      throw fail("status is an estimate but notes do not say how it was made");
    }
    return new Provenance(text("source"), status, notes);
  }

  CatalogueException fail(String reason) {
    return new CatalogueException(file, line, reason);
  }
}
