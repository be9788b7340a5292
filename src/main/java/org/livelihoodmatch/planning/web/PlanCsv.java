package org.livelihoodmatch.planning.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.StoredAssignment;

/**
 * A plan's assignments as CSV for a spreadsheet: one row per client with her case code (never a
 * name), the pathway, its budget and whether it is pinned. Cells that a spreadsheet would read as a
 * formula are quoted as text.
 */
public final class PlanCsv {

  public static final String HEADER =
      "client_id,client_code,pathway_id,kind,occupation,province,training_id,training_title,"
          + "training_start,training_end,vacancy_id,vacancy_title,monthly_wage,business_market,"
          + "loan_product,loan_amount,loan_monthly_repayment,family_livelihood,income,in_kind,"
          + "living_costs,remittance,loan_repayment,surplus,meets_threshold,preference_rank,pinned";

  private PlanCsv() {}

  static String of(List<StoredAssignment> assignments) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (StoredAssignment a : assignments) {
      PathwayView p = a.pathway().map(PlannedOption::view).orElse(null);
      List<Object> cells =
          List.of(
              a.client().clientId(),
              nz(a.client().code()),
              nz(a.pathwayId()),
              p == null ? "" : p.kind(),
              p == null ? "" : occupation(p),
              p == null ? "" : province(p),
              get(p, v -> v.training() == null ? null : v.training().id()),
              get(p, v -> v.training() == null ? null : v.training().title()),
              get(p, v -> v.training() == null ? null : v.training().startDate()),
              get(p, v -> v.training() == null ? null : v.training().endDate()),
              get(p, v -> v.vacancy() == null ? null : v.vacancy().id()),
              get(p, v -> v.vacancy() == null ? null : v.vacancy().title()),
              get(p, v -> v.vacancy() == null ? null : v.vacancy().monthlyWage()),
              get(p, v -> v.selfEmployment() == null ? null : v.selfEmployment().marketKey()),
              get(p, v -> v.loan() == null ? null : v.loan().product()),
              get(p, v -> v.loan() == null ? null : v.loan().amount()),
              get(p, v -> v.loan() == null ? null : v.loan().monthlyRepayment()),
              get(p, v -> v.familyLivelihood() == null ? null : v.familyLivelihood().code()),
              get(p, v -> v.budget().income()),
              get(p, v -> v.budget().inKind()),
              get(p, v -> v.budget().livingCosts().total()),
              get(p, v -> v.budget().remittance()),
              get(p, v -> v.budget().loanRepayment()),
              get(p, v -> v.budget().surplus()),
              get(p, v -> v.budget().meetsThreshold()),
              get(p, PathwayView::preferenceRank),
              a.pinned());
      for (int i = 0; i < cells.size(); i++) {
        csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static String occupation(PathwayView p) {
    return p.occupation();
  }

  static String province(PathwayView p) {
    return p.workProvince();
  }

  private static Object get(PathwayView p, Function<PathwayView, Object> field) {
    return p == null ? "" : nz(field.apply(p));
  }

  private static Object nz(Object value) {
    return value == null ? "" : value;
  }

  private static String cell(Object value) {
    String text = value instanceof BigDecimal money ? money.toPlainString() : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
