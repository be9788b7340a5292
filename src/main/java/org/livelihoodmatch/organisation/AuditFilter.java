package org.livelihoodmatch.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.system.Validation;

/**
 * What a reader of the audit trail asks for, read from the query's text so that every bad value is
 * named in one answer. {@code from} and {@code to} take an instant ({@code 2027-01-05T03:00:00Z})
 * or a date, which is a whole day in the service's time zone: {@code to=2027-01-05} includes that
 * day.
 */
record AuditFilter(UUID clientId, String username, String action, Instant from, Instant to) {

  static AuditFilter parse(
      String clientId, String username, String action, String from, String to, ZoneId zone) {
    Validation.Problems problems = new Validation.Problems();
    UUID client = null;
    if (present(clientId)) {
      try {
        client = UUID.fromString(clientId.strip());
      } catch (IllegalArgumentException e) {
        problems.add("clientId", "'" + clientId + "' is not a client id");
      }
    }
    if (present(username) && username.strip().length() > 100) {
      problems.add("username", "has at most 100 characters");
    }
    if (present(action) && !action.strip().matches("[A-Za-z_]{1,40}")) {
      problems.add("action", "is a word such as READ, SIGN_IN_FAILED or EXPORT");
    }
    Instant start = instant(problems, "from", from, zone, false);
    Instant end = instant(problems, "to", to, zone, true);
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add("to", "must be after 'from'");
    }
    problems.throwIfAny();
    return new AuditFilter(
        client,
        present(username) ? username.strip() : null,
        present(action) ? action.strip().toUpperCase(Locale.ROOT) : null,
        start,
        end);
  }

  private static Instant instant(
      Validation.Problems problems, String field, String text, ZoneId zone, boolean end) {
    if (!present(text)) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          field, "'" + text + "' is neither a date (YYYY-MM-DD) nor an instant (ISO-8601)");
      return null;
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
