package org.livelihoodmatch.client.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The box above a refused form that lists every problem, each naming its question (with the row,
 * for a skill or a debt) and linking to its input, as the public vacancy form's does.
 */
final class ErrorSummary {

  private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

  /** One line: where it links to (null for the form as a whole), the question, the problem. */
  record Line(String anchor, String label, String message) {}

  private ErrorSummary() {}

  static List<Line> of(BindingResult result, MessageSource messages, Locale locale) {
    List<Line> lines = new ArrayList<>();
    if (result == null) {
      return lines;
    }
    for (ObjectError error : result.getAllErrors()) {
      String message = messages.getMessage(error, locale);
      if (error instanceof FieldError field) {
        lines.add(
            new Line(anchor(field.getField()), label(field.getField(), messages, locale), message));
      } else if (!"officer.client.stale".equals(error.getCode())) {
        lines.add(new Line(null, null, message));
      }
    }
    return lines;
  }

  /** The id the form gives the field's input: its path without brackets, dots as dashes. */
  static String anchor(String field) {
    return field.replace("[", "").replace("]", "").replace('.', '-');
  }

  private static String label(String field, MessageSource messages, Locale locale) {
    Matcher row = ROW.matcher(field);
    String key = "officer.field." + ROW.matcher(field).replaceAll("");
    String label = messages.getMessage(key, null, field, locale);
    return row.find() ? label + " " + (Integer.parseInt(row.group(1)) + 1) : label;
  }
}
