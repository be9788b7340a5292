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

  /** The fixed counts of a file's row before the end reasons ({@link ReportRow.Counts}). */
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
    Layout layout = new Layout(reasons.size());
    int[] totals = layout.counts(figures.totals(), reasons);
    int[][] counts = new int[figures.rows().size()][];
    for (int r = 0; r < counts.length; r++) {
      counts[r] = layout.counts(figures.rows().get(r), reasons);
    }
    Suppression.Mask mask =
        suppress
            ? Suppression.of(counts, totals, layout.order())
            : new Suppression.Mask(
                new boolean[counts.length][totals.length], new boolean[totals.length]);
    List<ReportRow> rows = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      OutcomeFigures.Row row = figures.rows().get(r);
      rows.add(layout.row(row, label.apply(row.group()), counts[r], mask.rows()[r], reasons));
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
        layout.row(figures.totals(), totalLabel, totals, mask.totals(), reasons));
  }

  /**
   * The counts of a row as they are suppressed, each once: placed, below the threshold, ended by
   * each reason, eligible at months 1 to 12, retained at months 1 to 12; and the order between them
   * that a reader could use to bound one by another.
   */
  record Layout(int reasons) {

    static final int PLACED = 0;
    static final int BELOW = 1;
    static final int ENDED = 2;

    int eligible(int month) {
      return ENDED + reasons + month - 1;
    }

    int retained(int month) {
      return ENDED + reasons + MONTHS + month - 1;
    }

    int[][] order() {
      List<int[]> order = new ArrayList<>();
      order.add(new int[] {PLACED, BELOW});
      for (int i = 0; i < reasons; i++) {
        order.add(new int[] {PLACED, ENDED + i});
      }
      order.add(new int[] {PLACED, eligible(1)});
      for (int m = 1; m <= MONTHS; m++) {
        order.add(new int[] {eligible(m), retained(m)});
        if (m < MONTHS) {
          order.add(new int[] {eligible(m), eligible(m + 1)});
          order.add(new int[] {retained(m), retained(m + 1)});
        }
      }
      return order.toArray(new int[0][]);
    }

    int[] counts(OutcomeFigures.Row row, List<String> names) {
      int[] counts = new int[ENDED + reasons + 2 * MONTHS];
      counts[PLACED] = row.placed();
      counts[BELOW] = row.belowThreshold();
      for (int i = 0; i < reasons; i++) {
        counts[ENDED + i] = row.endedByReason().getOrDefault(names.get(i), 0);
      }
      System.arraycopy(row.eligible(), 0, counts, eligible(1), MONTHS);
      System.arraycopy(row.retained(), 0, counts, retained(1), MONTHS);
      return counts;
    }

    ReportRow row(
        OutcomeFigures.Row row, String label, int[] counts, boolean[] hidden, List<String> names) {
      Integer[] shown = new Integer[counts.length];
      boolean any = false;
      for (int c = 0; c < counts.length; c++) {
        shown[c] = hidden[c] ? null : counts[c];
        any |= hidden[c];
      }
      Map<String, Integer> ended = new LinkedHashMap<>();
      for (int i = 0; i < reasons; i++) {
        if (hidden[ENDED + i] || counts[ENDED + i] > 0) {
          ended.put(names.get(i), shown[ENDED + i]);
        }
      }
      return new ReportRow(
          row.group(),
          label,
          shown[PLACED],
          shown[retained(3)],
          shown[retained(6)],
          shown[retained(12)],
          shown[eligible(3)],
          shown[eligible(6)],
          shown[eligible(12)],
          ended,
          shown[BELOW],
          hidden[PLACED] ? null : row.medianSurplus(),
          Arrays.asList(Arrays.copyOfRange(shown, eligible(1), eligible(1) + MONTHS)),
          Arrays.asList(Arrays.copyOfRange(shown, retained(1), retained(1) + MONTHS)),
          any);
    }
  }
}
