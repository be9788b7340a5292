package org.livelihoodmatch.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.livelihoodmatch.outcome.OutcomeFigures;

/**
 * A report as every format shows it: its rows (one per group) and their totals, with the small
 * counts suppressed for a {@code REPORTER} ({@link Suppression}).
 */
record ReportTable(
    @Schema(description = "province, sex, ageBand, occupation, kind or organisation")
        String groupBy,
    @Schema(description = "first start date counted (a reporter's: the first of its month)")
        LocalDate from,
    @Schema(description = "last start date counted (a reporter's: the last of its month)")
        LocalDate to,
    @Schema(description = "the day outcomes are known to: eligibility is counted to it")
        LocalDate asOf,
    @Schema(description = "ORGANISATION (the reader's own) or ALL (every organisation)")
        String scope,
    @Schema(description = "whether small counts are suppressed (for a REPORTER)")
        boolean suppression,
    @Schema(description = "the reasons placements ended for, in the order of the columns")
        List<String> endReasons,
    List<ReportRow> rows,
    ReportRow totals) {

  static final int FIXED = 8;
  static final int MONTHS = OutcomeFigures.MONTHS;

  /**
   * The table of {@code figures}; {@code label} names a group in the reader's language, {@code
   * suppress} says whether small counts are suppressed.
   */
  static ReportTable of(
      ReportRequest request,
      OutcomeFigures.Figures figures,
      boolean all,
      boolean suppress,
      UnaryOperator<String> label,
      String totalLabel) {
    List<String> reasons = new ArrayList<>(figures.totals().endedByReason().keySet());
    int[] totals = counts(figures.totals(), reasons);
    int[][] counts = new int[figures.rows().size()][];
    for (int r = 0; r < counts.length; r++) {
      counts[r] = counts(figures.rows().get(r), reasons);
    }
    Suppression.Mask mask =
        suppress
            ? Suppression.of(counts, totals)
            : new Suppression.Mask(
                new boolean[counts.length][totals.length], new boolean[totals.length]);
    List<ReportRow> rows = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      OutcomeFigures.Row row = figures.rows().get(r);
      rows.add(row(row, label.apply(row.group()), counts[r], mask.rows()[r], reasons));
    }
    return new ReportTable(
        request.groupBy().parameter(),
        request.from(),
        request.to(),
        figures.asOf(),
        all ? "ALL" : "ORGANISATION",
        suppress,
        List.copyOf(reasons),
        List.copyOf(rows),
        row(figures.totals(), totalLabel, totals, mask.totals(), reasons));
  }

  /** A row's counts in the order of {@link ReportRow.Counts#names}. */
  private static int[] counts(OutcomeFigures.Row row, List<String> reasons) {
    int[] counts = new int[FIXED + reasons.size() + 2 * MONTHS];
    counts[0] = row.placed();
    int[] months = {3, 6, 12};
    for (int i = 0; i < months.length; i++) {
      counts[1 + 2 * i] = row.eligible(months[i]);
      counts[2 + 2 * i] = row.retained(months[i]);
    }
    counts[7] = row.belowThreshold();
    for (int i = 0; i < reasons.size(); i++) {
      counts[FIXED + i] = row.endedByReason().getOrDefault(reasons.get(i), 0);
    }
    int base = FIXED + reasons.size();
    System.arraycopy(row.eligible(), 0, counts, base, MONTHS);
    System.arraycopy(row.retained(), 0, counts, base + MONTHS, MONTHS);
    return counts;
  }

  private static ReportRow row(
      OutcomeFigures.Row row, String label, int[] counts, boolean[] hidden, List<String> reasons) {
    Integer[] shown = new Integer[counts.length];
    boolean any = false;
    for (int c = 0; c < counts.length; c++) {
      shown[c] = hidden[c] ? null : counts[c];
      any |= hidden[c];
    }
    Map<String, Integer> ended = new LinkedHashMap<>();
    for (int i = 0; i < reasons.size(); i++) {
      if (hidden[FIXED + i] || counts[FIXED + i] > 0) {
        ended.put(reasons.get(i), shown[FIXED + i]);
      }
    }
    int base = FIXED + reasons.size();
    return new ReportRow(
        row.group(),
        label,
        shown[0],
        shown[2],
        shown[4],
        shown[6],
        shown[1],
        shown[3],
        shown[5],
        ended,
        shown[7],
        hidden[0] ? null : row.medianSurplus(),
        Arrays.asList(Arrays.copyOfRange(shown, base, base + MONTHS)),
        Arrays.asList(Arrays.copyOfRange(shown, base + MONTHS, base + 2 * MONTHS)),
        any);
  }
}
