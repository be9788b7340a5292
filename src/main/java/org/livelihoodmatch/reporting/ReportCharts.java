package org.livelihoodmatch.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report page's charts draw ({@code static/js/reports.js}), from the table as the reader
 * may see it: placed and retained at six months per group, the retention curve of the totals and of
 * the largest groups (the share still in the placement, month by month, of those old enough to
 * know), and each group's median surplus against the threshold (zero). A suppressed count is a gap.
 */
final class ReportCharts {

  /** The groups drawn as curves beside the totals: more lines than this cannot be read. */
  static final int CURVES = 6;

  private ReportCharts() {}

  static Map<String, Object> of(ReportTable table) {
    List<String> groups = new ArrayList<>();
    List<Integer> placed = new ArrayList<>();
    List<Integer> retained6 = new ArrayList<>();
    List<BigDecimal> median = new ArrayList<>();
    for (ReportRow row : table.rows()) {
      groups.add(row.label());
      placed.add(row.placed());
      retained6.add(row.retained6());
      median.add(row.medianSurplus());
    }
    List<Map<String, Object>> curves = new ArrayList<>();
    curves.add(curve(table.totals()));
    table.rows().stream()
        .filter(r -> r.placed() != null)
        .sorted(Comparator.comparing(ReportRow::placed).reversed())
        .limit(CURVES)
        .forEach(r -> curves.add(curve(r)));
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("groups", groups);
    chart.put("placed", placed);
    chart.put("retained6", retained6);
    chart.put("medianSurplus", median);
    chart.put("curves", curves);
    return chart;
  }

  private static Map<String, Object> curve(ReportRow row) {
    List<BigDecimal> rates = new ArrayList<>();
    for (int m = 0; m < ReportTable.MONTHS; m++) {
      Integer eligible = row.eligibleByMonth().get(m);
      Integer retained = row.retainedByMonth().get(m);
      rates.add(
          eligible == null || retained == null || eligible == 0
              ? null
              : BigDecimal.valueOf(100L * retained)
                  .divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP));
    }
    Map<String, Object> curve = new LinkedHashMap<>();
    curve.put("name", row.label());
    curve.put("rates", rates);
    return curve;
  }
}
