package org.livelihoodmatch.placement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.client.OverdueFollowUps;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An organisation's caseload in one query: its open cases' placements with the next visit due,
 * those with alerts first, then the overdue, then by the date the next visit is due; ended
 * placements last. Closed cases are not in it. It also tells the client module's list which clients
 * wait for an overdue visit ({@link OverdueFollowUps}).
 */
@Component
class Caseload implements OverdueFollowUps {

  private final NamedParameterJdbcTemplate jdbc;

  Caseload(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One line of the caseload. */
  record Item(
      UUID placementId,
      UUID clientId,
      String clientCode,
      PlacementStatus status,
      String kind,
      LocalDate startDate,
      NextFollowUp nextFollowUp,
      boolean overdue,
      List<Alert> alerts) {}

  record NextFollowUp(int month, LocalDate due) {}

  private static final String FROM =
      " from (select p.*, case when p.next_month is null or p.ended_on is not null then null"
          + " else (p.start_date + make_interval(months => p.next_month))::date end as next_due"
          + " from placement p where p.organisation_id = :organisation and not p.case_closed) c";

  /** How many of the organisation's running placements have a visit overdue, and alerts. */
  record Counts(long overdue, long alerted) {}

  Counts counts(UUID organisation, LocalDate today) {
    return jdbc.queryForObject(
        "select count(*) filter (where next_due < :today) as overdue,"
            + " count(*) filter (where cardinality(last_alerts) > 0) as alerted"
            + FROM
            + " where ended_on is null",
        new MapSqlParameterSource().addValue("organisation", organisation).addValue("today", today),
        (rs, n) -> new Counts(rs.getLong("overdue"), rs.getLong("alerted")));
  }

  @Override
  public Map<UUID, LocalDate> overdue(UUID organisation, LocalDate today) {
    Map<UUID, LocalDate> overdue = new HashMap<>();
    jdbc.query(
        "select client_id, min(next_due) as due"
            + FROM
            + " where ended_on is null and next_due < :today group by client_id",
        new MapSqlParameterSource().addValue("organisation", organisation).addValue("today", today),
        rs -> {
          overdue.put(rs.getObject("client_id", UUID.class), rs.getObject("due", LocalDate.class));
        });
    return overdue;
  }

  PageOf<Item> find(
      UUID organisation,
      PlacementStatus status,
      boolean overdueOnly,
      LocalDate today,
      Paging paging) {
    MapSqlParameterSource args =
        new MapSqlParameterSource().addValue("organisation", organisation).addValue("today", today);
    StringBuilder where = new StringBuilder(" where true");
    if (status == PlacementStatus.ENDED) {
      where.append(" and ended_on is not null");
    } else if (status == PlacementStatus.TRAINING) {
      where.append(" and ended_on is null and training_end_date >= :today");
    } else if (status == PlacementStatus.WORKING) {
      where.append(
          " and ended_on is null and (training_end_date is null or training_end_date < :today)");
    }
    if (overdueOnly) {
      where.append(" and next_due < :today");
    }
    Long total = jdbc.queryForObject("select count(*)" + FROM + where, args, Long.class);
    args.addValue("limit", paging.size()).addValue("offset", paging.offset());
    List<Item> items =
        jdbc.query(
            "select *"
                + FROM
                + where
                + " order by (ended_on is not null), (cardinality(last_alerts) > 0) desc,"
                + " (next_due < :today) desc, next_due nulls last, start_date, id"
                + " limit :limit offset :offset",
            args,
            (rs, n) -> {
              LocalDate due = rs.getObject("next_due", LocalDate.class);
              LocalDate trainingEnd = rs.getObject("training_end_date", LocalDate.class);
              boolean ended = rs.getObject("ended_on") != null;
              PlacementStatus s =
                  ended
                      ? PlacementStatus.ENDED
                      : trainingEnd != null && !today.isAfter(trainingEnd)
                          ? PlacementStatus.TRAINING
                          : PlacementStatus.WORKING;
              return new Item(
                  rs.getObject("id", UUID.class),
                  rs.getObject("client_id", UUID.class),
                  rs.getString("client_code"),
                  s,
                  rs.getString("kind"),
                  rs.getObject("start_date", LocalDate.class),
                  due == null ? null : new NextFollowUp(rs.getInt("next_month"), due),
                  due != null && due.isBefore(today),
                  Placements.strings(rs.getArray("last_alerts")).stream()
                      .map(Alert::valueOf)
                      .toList());
            });
    return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
  }
}
