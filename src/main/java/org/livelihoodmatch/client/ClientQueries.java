package org.livelihoodmatch.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.system.Paging;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the ids of an organisation's clients by province, status, text and availability. */
@Component
class ClientQueries {

  private final NamedParameterJdbcTemplate jdbc;

  ClientQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Filter(
      UUID organisationId,
      String province,
      String status,
      String text,
      java.time.LocalDate availableBefore) {}

  record Found(List<UUID> ids, long total) {}

  Found find(Filter filter, Paging paging) {
    StringBuilder where = new StringBuilder(" where organisation_id = :org");
    MapSqlParameterSource params = new MapSqlParameterSource("org", filter.organisationId());
    if (filter.province() != null && !filter.province().isBlank()) {
      where.append(" and home_province = :province");
      params.addValue("province", filter.province());
    }
    if (filter.status() != null && !filter.status().isBlank()) {
      where.append(" and status = :status");
      params.addValue("status", filter.status());
    }
    if (filter.availableBefore() != null) {
      where.append(" and (available_from is null or available_from <= :before)");
      params.addValue("before", filter.availableBefore());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(
          " and (given_name ilike :q or family_name ilike :q or code ilike :q"
              + " or (given_name || ' ' || family_name) ilike :q)");
      params.addValue("q", "%" + filter.text().strip().replace("%", "\\%") + "%");
    }
    Long total = jdbc.queryForObject("select count(*) from client" + where, params, Long.class);
    params.addValue("limit", paging == null ? Integer.MAX_VALUE : paging.size());
    params.addValue("offset", paging == null ? 0 : paging.offset());
    List<UUID> ids =
        new ArrayList<>(
            jdbc.queryForList(
                "select id from client"
                    + where
                    + " order by registered_at, code limit :limit offset :offset",
                params,
                UUID.class));
    return new Found(ids, total == null ? 0 : total);
  }
}
