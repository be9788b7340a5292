package org.livelihoodmatch.planning.web;

import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.planning.store.PlanFigures;
import org.livelihoodmatch.planning.store.ProgressPoint;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A plan's headline in the planner's words, not the solver's score: "placed 97 of 120
 * (priority-weighted 130 of 160), 80 wishes met, average surplus US$62.10", in the reader's
 * language, from the figures stored with the plan's best solution.
 */
@Component
public class PlanHeadlines {

  private final MessageSource messages;
  private final LocalFormats formats;

  PlanHeadlines(MessageSource messages, LocalFormats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  /** The headline of the plan's stored best solution. */
  public String summary(StoredPlan plan) {
    return summary(plan, LocaleContextHolder.getLocale());
  }

  public String summary(StoredPlan plan, Locale locale) {
    PlanFigures f = plan.figures();
    if (f == null) {
      return messages.getMessage(
          "plan.summary.short", new Object[] {plan.assigned(), plan.clients()}, locale);
    }
    return messages.getMessage(
        "plan.summary",
        new Object[] {
          plan.assigned(),
          plan.clients(),
          f.priorityAssigned(),
          f.priorityTotal(),
          f.wishesMet(),
          formats.money(
              java.math.BigDecimal.valueOf(f.averageSurplusCents(plan.assigned()), 2), locale)
        },
        locale);
  }

  /** The chart's points, {@code [[seconds, clients placed], ...]}, as JSON. */
  public static String chart(List<ProgressPoint> points) {
    StringBuilder json = new StringBuilder("[");
    for (ProgressPoint p : points) {
      json.append(json.length() > 1 ? "," : "")
          .append('[')
          .append(String.format(Locale.ROOT, "%.2f", p.elapsedMs() / 1000.0))
          .append(',')
          .append(p.assigned())
          .append(']');
    }
    return json.append(']').toString();
  }

  /** "2 clients placed after 1.5 seconds", of the last point, or nothing. */
  public String lastPoint(List<ProgressPoint> points) {
    if (points.isEmpty()) {
      return "";
    }
    ProgressPoint last = points.get(points.size() - 1);
    return messages.getMessage(
        "plan.progress.last",
        new Object[] {last.assigned(), last.elapsedMs() / 1000.0},
        LocaleContextHolder.getLocale());
  }
}
