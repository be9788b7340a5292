package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The aggregates reports are made of, by one dimension, counted in SQL by one statement: {@code
 * GROUPING SETS ((group), ())} gives each group's row and the totals from the same rows, so the
 * rows add up to the totals. No placement is read into memory one by one and no client record is
 * read.
 *
 * <p>Definitions (README "Reports"), as of {@code today}:
 *
 * <ul>
 *   <li>{@code placed}: placements that started within {@code from..to} (both inclusive).
 *   <li>{@code eligible[m]}: those old enough to know whether they held m months: their first
 *       earning day (after any training) plus m months is today or earlier.
 *   <li>{@code retained[m]}: eligible ones that had not ended before that day.
 *   <li>{@code endedByReason}: ended placements by their reason.
 *   <li>{@code belowThreshold}: placements with at least one visit whose actual surplus was
 *       negative.
 *   <li>{@code medianSurplus}: the median of each placement's latest visit's actual surplus (latest
 *       by visit date), or its planned surplus when no visit is recorded yet.
 * </ul>
 */
@Component
public class OutcomeFigures {

  /** The longest retention the figures follow, in months: the year of follow-up visits. */
  public static final int MONTHS = 12;

  /** What a report may be grouped by: its parameter name and the column it groups. */
  public enum Dimension {
    PROVINCE("province", "province"),
    SEX("sex", "sex"),
    AGE_BAND("ageBand", "age_band"),
    OCCUPATION("occupation", "occupation"),
    KIND("kind", "kind"),
    ORGANISATION("organisation", "organisation_id::text");

    private final String parameter;
    private final String column;

    Dimension(String parameter, String column) {
      this.parameter = parameter;
      this.column = column;
    }

    public String parameter() {
      return parameter;
    }

    /** The dimension named {@code parameter} as the API names it, or null when there is none. */
    public static Dimension ofParameter(String parameter) {
      return Arrays.stream(values())
          .filter(d -> d.parameter.equals(parameter))
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * What to count: placements started within {@code from..to} (null: no bound) of one organisation
   * ({@code organisationId}), or of every organisation when it is null.
   */
  public record Query(Dimension by, LocalDate from, LocalDate to, UUID organisationId) {}

  /**
   * One group's figures (its {@code group} is null in the totals). {@code eligible} and {@code
   * retained} hold months 1 to 12 at indices 0 to 11; {@code endedByReason} only reasons that
   * occur.
   */
  public record Row(
      String group,
      int placed,
      int[] eligible,
      int[] retained,
      Map<String, Integer> endedByReason,
      int belowThreshold,
      BigDecimal medianSurplus) {

    public int eligible(int month) {
      return eligible[month - 1];
    }

    public int retained(int month) {
      return retained[month - 1];
    }
  }

  /** The groups' rows, ordered by group, and their totals, as known on {@code asOf}. */
  public record Figures(List<Row> rows, Row totals, LocalDate asOf) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  OutcomeFigures(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Figures outcomes(Query query) {
    LocalDate today = LocalDate.now(clock);
    List<Row> rows = new ArrayList<>();
    Row[] totals = {empty()};
    jdbc.query(
        sql(query.by()),
        rs -> {
          Row row = row(rs);
          if (rs.getBoolean("total")) {
            totals[0] = row;
          } else {
            rows.add(row);
          }
        },
        query.organisationId(),
        query.organisationId(),
        query.from(),
        query.from(),
        query.to(),
        query.to(),
        today);
    return new Figures(List.copyOf(rows), totals[0], today);
  }

  private static Row empty() {
    return new Row(null, 0, new int[MONTHS], new int[MONTHS], Map.of(), 0, null);
  }

  private static Row row(ResultSet rs) throws SQLException {
    Map<String, Integer> ended = new LinkedHashMap<>();
    String[] reasons = strings(rs.getArray("reasons"));
    int[] counts = ints(rs.getArray("reason_counts"));
    for (int i = 0; i < reasons.length; i++) {
      ended.put(reasons[i], counts[i]);
    }
    BigDecimal median = rs.getBigDecimal("median_surplus");
    return new Row(
        rs.getBoolean("total") ? null : rs.getString("grp"),
        rs.getInt("placed"),
        ints(rs.getArray("eligible")),
        ints(rs.getArray("retained")),
        ended,
        rs.getInt("below_threshold"),
        median == null ? null : median.setScale(2, RoundingMode.HALF_UP));
  }

  private static String[] strings(Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }

  private static int[] ints(Array array) throws SQLException {
    if (array == null) {
      return new int[0];
    }
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).mapToInt(v -> ((Number) v).intValue()).toArray();
  }

  /**
   * The one statement: the placements in scope; their visits read once (whether one fell below the
   * threshold, the latest surplus); each placement's day of reaching months 1 to 12 of earning; the
   * figures by group and in total; the ends by group and reason and by reason in total, joined on
   * the same grouping.
   */
  static String sql(Dimension by) {
    StringBuilder reached = new StringBuilder();
    StringBuilder eligible = new StringBuilder();
    StringBuilder retained = new StringBuilder();
    for (int m = 1; m <= MONTHS; m++) {
      String separator = m == 1 ? "" : ", ";
      reached.append(", (p.earning_from + interval '").append(m).append(" months')::date as r");
      reached.append(m);
      eligible.append(separator).append("count(*) filter (where r").append(m).append(" <= today)");
      retained.append(separator).append("count(*) filter (where r").append(m);
      retained.append(" <= today and (ended_on is null or ended_on >= r").append(m).append("))");
    }
    return """
        with placed as (
          select o.placement_id, %s as grp, o.earning_from, o.ended_on, o.end_reason,
                 o.planned_surplus
          from outcome_placement o
          where (cast(? as uuid) is null or o.organisation_id = cast(? as uuid))
            and (cast(? as date) is null or o.start_date >= cast(? as date))
            and (cast(? as date) is null or o.start_date <= cast(? as date))
        ),
        visits as (
          select v.placement_id, bool_or(v.surplus < 0) as below,
                 (array_agg(v.surplus order by v.visit_date desc, v.month desc))[1] as latest
          from outcome_visit v
          where v.placement_id in (select placement_id from placed)
          group by v.placement_id
        ),
        scope as (
          select p.grp, p.ended_on, p.end_reason,
                 coalesce(s.latest, p.planned_surplus) as surplus,
                 coalesce(s.below, false) as below, cast(? as date) as today%s
          from placed p left join visits s on s.placement_id = p.placement_id
        ),
        figures as (
          select grouping(grp) = 1 as total, grp, count(*) as placed,
                 array[%s] as eligible,
                 array[%s] as retained,
                 count(*) filter (where below) as below_threshold,
                 cast(percentile_cont(0.5) within group (order by surplus) as numeric(12, 2))
                   as median_surplus
          from scope group by grouping sets ((grp), ())
        ),
        reasons as (
          select grouping(grp) = 1 as total, grp, end_reason, count(*) as n
          from scope where ended_on is not null
          group by grouping sets ((grp, end_reason), (end_reason))
        ),
        ends as (
          select total, grp, array_agg(end_reason order by end_reason) as reasons,
                 array_agg(n order by end_reason) as reason_counts
          from reasons group by total, grp
        )
        select f.*, e.reasons, e.reason_counts
        from figures f left join ends e on e.total = f.total and e.grp is not distinct from f.grp
        order by f.total, f.grp
        """
        .formatted("o." + by.column, reached, eligible, retained);
  }
}
