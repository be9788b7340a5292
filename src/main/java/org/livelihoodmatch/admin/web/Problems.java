package org.livelihoodmatch.admin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.organisation.AccountAdministration;

/**
 * The problems of one posted form, field by field, as codes that the page says in the reader's
 * language ({@code admin.problem.<code>}); the first problem of a field is the one shown.
 */
final class Problems {

  private final Map<String, String> byField = new LinkedHashMap<>();

  void add(String field, String code) {
    byField.putIfAbsent(field, code);
  }

  void addAll(List<AccountAdministration.Problem> problems) {
    problems.forEach(p -> add(p.field(), p.code()));
  }

  boolean any() {
    return !byField.isEmpty();
  }

  Map<String, String> asMap() {
    return byField;
  }

  /** Checks a text's length, naming {@code field} when it is longer than {@code max}. */
  void length(String field, String text, int max) {
    if (text != null && text.strip().length() > max) {
      add(field, "TOO_LONG");
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
