package org.livelihoodmatch.vacancy;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The long, unchanging parts of the vacancy form as HTML, made once a day per language: the options
 * of the occupation and province selects, and the rows of the wage guide. Rendering them element by
 * element on every showing cost most of the form's CPU under load (see benchmarks/README.md). Every
 * catalogue text is escaped here, once; nothing a visitor typed is ever part of it.
 */
record ChoicesMarkup(String occupationOptions, String provinceOptions, String wageRows) {

  static ChoicesMarkup of(
      List<VacancyFormChoices.Choice> occupations,
      List<VacancyFormChoices.Choice> provinces,
      List<VacancyFormChoices.WageRow> wages,
      String noLegalMinimum) {
    StringBuilder occupationOptions = new StringBuilder();
    for (VacancyFormChoices.Choice o : occupations) {
      occupationOptions.append("<option value=\"").append(escape(o.code())).append('"');
      if (o.floor() != null) {
        occupationOptions.append(" data-floor=\"").append(escape(o.floor())).append('"');
      }
      occupationOptions
          .append(" data-usual=\"")
          .append(escape(o.usualWage()))
          .append("\">")
          .append(escape(o.label()))
          .append("</option>");
    }
    StringBuilder provinceOptions = new StringBuilder();
    for (VacancyFormChoices.Choice p : provinces) {
      provinceOptions
          .append("<option value=\"")
          .append(escape(p.code()))
          .append("\">")
          .append(escape(p.label()))
          .append("</option>");
    }
    StringBuilder rows = new StringBuilder();
    for (VacancyFormChoices.WageRow w : wages) {
      rows.append("<tr><td>")
          .append(escape(w.occupation()))
          .append("</td><td>")
          .append(escape(w.legalMinimum() == null ? noLegalMinimum : w.legalMinimum()))
          .append("</td><td>")
          .append(escape(w.usualWage().toPlainString()))
          .append("</td></tr>");
    }
    return new ChoicesMarkup(
        occupationOptions.toString(), provinceOptions.toString(), rows.toString());
  }

  /** The options with the one whose code is {@code selected} marked selected. */
  static String select(String options, String selected) {
    if (selected == null || selected.isEmpty()) {
      return options;
    }
    String value = "value=\"" + escape(selected) + "\"";
    return options.replace(value, value + " selected");
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
