package org.livelihoodmatch.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.livelihoodmatch.system.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * One form of the placement pages as the officer typed it, kept whole so a refused form comes back
 * with every answer, and its problems beside their fields in the page's language. Values are read
 * here as text (a wrong number or date is named beside the rest, never a bare 400), and the field
 * names are the API's, so the services' refusals land beside the right input.
 */
final class PageForm {

  /** The key of the problem that belongs to no single field (shown above the form). */
  static final String WHOLE_FORM = "form";

  private final String name;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> ticked = new LinkedHashSet<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final List<FieldProblem> typed = new java.util.ArrayList<>();

  private PageForm(String name) {
    this.name = name;
  }

  /** An empty form with these first values. */
  static PageForm blank(String name, Map<String, String> defaults) {
    PageForm form = new PageForm(name);
    form.values.putAll(defaults);
    return form;
  }

  /** The form as posted; {@code concerns} may come many times. */
  static PageForm posted(String name, MultiValueMap<String, String> params) {
    PageForm form = new PageForm(name);
    params.forEach(
        (key, list) -> {
          if (!list.isEmpty() && !key.startsWith("_") && !"concerns".equals(key)) {
            form.values.put(key, list.get(0));
          }
        });
    List<String> concerns = params.get("concerns");
    if (concerns != null) {
      form.ticked.addAll(concerns);
    }
    return form;
  }

  public String name() {
    return name;
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public boolean ticked(String value) {
    return ticked.contains(value);
  }

  Set<String> tickedValues() {
    return ticked;
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The problems of reading the text as numbers and dates, before any rule was checked. */
  List<FieldProblem> typedProblems() {
    return List.copyOf(typed);
  }

  String text(String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  LocalDate date(String field) {
    String v = text(field);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      typed.add(new FieldProblem(field, "'" + v + "' is not a date (YYYY-MM-DD)"));
      return null;
    }
  }

  BigDecimal money(String field) {
    String v = text(field);
    try {
      return v == null ? null : new BigDecimal(v.replace(",", ""));
    } catch (NumberFormatException e) {
      typed.add(new FieldProblem(field, "'" + v + "' is not an amount"));
      return null;
    }
  }

  Integer whole(String field) {
    String v = text(field);
    try {
      return v == null ? null : Integer.valueOf(v);
    } catch (NumberFormatException e) {
      typed.add(new FieldProblem(field, "'" + v + "' is not a whole number"));
      return null;
    }
  }

  Boolean yesNo(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    if (!"true".equals(v) && !"false".equals(v)) {
      typed.add(new FieldProblem(field, "must be yes or no"));
      return null;
    }
    return Boolean.valueOf(v);
  }

  <E extends Enum<E>> E choice(String field, Class<E> type) {
    String v = text(field);
    try {
      return v == null ? null : Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      typed.add(new FieldProblem(field, "is not one of the choices"));
      return null;
    }
  }

  /**
   * Puts each problem beside its field in the reader's language: {@code
   * placement.<conflict|problem>.<form>.<field>} (a list element counts as its list), with the
   * first of {@code args} in the text; what names no input of the form goes above it.
   */
  PageForm reject(
      List<FieldProblem> problems,
      boolean conflict,
      Set<String> inputs,
      MessageSource messages,
      Locale locale,
      Object... args) {
    for (FieldProblem p : problems) {
      String field = p.field().replaceAll("\\[\\d*]", "");
      String slot = inputs.contains(field) ? field : WHOLE_FORM;
      String problem = "placement.problem." + name + "." + field;
      String text =
          messages.getMessage(
              problem,
              args,
              messages.getMessage("placement.problem.other", null, p.message(), locale),
              locale);
      if (conflict) {
        text = messages.getMessage("placement.conflict." + name + "." + field, args, text, locale);
      }
      errors.putIfAbsent(slot, text);
    }
    return this;
  }
}
