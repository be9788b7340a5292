package org.livelihoodmatch.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.SqlFilter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the ids of an organisation's clients by province, status, text and availability. */
@Component
class ClientQueries {

  private final NamedParameterJdbcTemplate jdbc;

  ClientQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code only}: when not null, none but these clients (an empty set finds nobody). */
  record Filter(
      UUID organisationId,
      String province,
      String status,
      String text,
      LocalDate availableBefore,
      Collection<UUID> only) {

    Filter(
        UUID organisationId,
        String province,
        String status,
        String text,
        LocalDate availableBefore) {
      this(organisationId, province, status, text, availableBefore, null);
    }
  }

  /** The order the API lists clients in: as they were registered. */
  static final String REGISTERED = "registered_at, code";

  /** The officer's list: the newest first, so that whom she just registered is on top. */
  static final String NEWEST_FIRST = "registered_at desc, code desc";

  record Found(List<UUID> ids, long total) {}

  Found find(Filter filter, Paging paging) {
    return find(filter, paging, REGISTERED);
  }

  Found find(Filter filter, Paging paging, String order) {
    SqlFilter where =
        new SqlFilter()
            .equal("organisation_id", filter.organisationId())
            .equal("home_province", filter.province())
            .equal("status", filter.status());
    if (filter.availableBefore() != null) {
      where.condition(
          "(available_from is null or available_from <= :before)",
          "before",
          filter.availableBefore());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.condition(
          "(given_name ilike :q or family_name ilike :q or code ilike :q"
              + " or (given_name || ' ' || family_name) ilike :q)",
          "q",
          "%"
              + java.text.Normalizer.normalize(filter.text().strip(), java.text.Normalizer.Form.NFC)
                  .replace("%", "\\%")
              + "%");
    }
    if (filter.only() != null) {
      where.condition(
          "id = any(cast(:only as uuid[]))",
          "only",
          filter.only().stream().map(UUID::toString).distinct().toArray(String[]::new));
    }
    return new Found(where.ids(jdbc, "client", order, paging), where.count(jdbc, "client"));
  }

  /** Those of {@code ids} of the organisation whose status is not ACTIVE. */
  List<UUID> notActive(UUID organisationId, List<UUID> ids) {
    return jdbc.queryForList(
        "select id from client where organisation_id = :organisation and id in (:ids)"
            + " and status <> 'ACTIVE'",
        new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
            .addValue("organisation", organisationId)
            .addValue("ids", ids),
        UUID.class);
  }

  /** The organisation's clients registered since {@code since}, oldest first. */
  List<UUID> registeredSince(UUID organisationId, java.time.Instant since) {
    return jdbc.queryForList(
        "select id from client where organisation_id = :organisation and registered_at >= :since"
            + " order by registered_at, code",
        new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
            .addValue("organisation", organisationId)
            .addValue("since", java.sql.Timestamp.from(since)),
        UUID.class);
  }

  boolean isClosed(UUID id) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select status = 'CLOSED' from client where id = :id",
            java.util.Map.of("id", id),
            Boolean.class));
  }
}
