package org.livelihoodmatch.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.livelihoodmatch.outcome.OutcomeFigures.Dimension;
import org.livelihoodmatch.system.Validation;

/**
 * What a report asks for, read from the query's text so that every bad value is named in one
 * answer: the dimension ({@code province} when absent) and the period of start dates, both ends
 * inclusive and optional.
 */
record ReportRequest(Dimension groupBy, LocalDate from, LocalDate to) {

  static final String DIMENSIONS =
      Arrays.stream(Dimension.values()).map(Dimension::parameter).collect(Collectors.joining(", "));

  static ReportRequest parse(String groupBy, String from, String to) {
    Validation.Problems problems = new Validation.Problems();
    Dimension by = Dimension.PROVINCE;
    if (present(groupBy)) {
      by = Dimension.ofParameter(groupBy.strip());
      if (by == null) {
        problems.add("groupBy", "'" + groupBy + "' is not one of " + DIMENSIONS);
      }
    }
    LocalDate start = date(problems, "from", from);
    LocalDate end = date(problems, "to", to);
    if (start != null && end != null && start.isAfter(end)) {
      problems.add("from", "must not be after 'to'");
      problems.add("to", "must not be before 'from'");
    }
    problems.throwIfAny();
    return new ReportRequest(by, start, end);
  }

  /** The same period widened to whole calendar months (a reporter's periods). */
  ReportRequest wholeMonths() {
    return new ReportRequest(
        groupBy,
        from == null ? null : from.withDayOfMonth(1),
        to == null ? null : to.withDayOfMonth(to.lengthOfMonth()));
  }

  private static LocalDate date(Validation.Problems problems, String field, String text) {
    if (!present(text)) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() < 1900 || date.getYear() > 9999) {
        problems.add(field, "'" + text + "' is not a date between 1900 and 9999");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(field, "'" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
