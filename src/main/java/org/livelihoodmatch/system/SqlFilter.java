package org.livelihoodmatch.system;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The filters of a list request as a SQL {@code where} clause with named parameters: a filter left
 * blank filters nothing. Pages through the matching ids of one table.
 */
public final class SqlFilter {

  private final StringBuilder where = new StringBuilder(" where true");
  private final MapSqlParameterSource params = new MapSqlParameterSource();

  /** Adds {@code column = value} unless the value is null or blank. */
  public SqlFilter equal(String column, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      where.append(" and ").append(column).append(" = :").append(column);
      params.addValue(column, value instanceof Enum<?> e ? e.name() : value);
    }
    return this;
  }

  /** Adds a condition of its own with one parameter. */
  public SqlFilter condition(String sql, String name, Object value) {
    where.append(" and ").append(sql);
    params.addValue(name, value);
    return this;
  }

  public long count(NamedParameterJdbcTemplate jdbc, String table) {
    Long total = jdbc.queryForObject("select count(*) from " + table + where, params, Long.class);
    return total == null ? 0 : total;
  }

  /** The ids of one page (all of them when {@code paging} is null), in {@code order}. */
  public List<UUID> ids(
      NamedParameterJdbcTemplate jdbc, String table, String order, Paging paging) {
    MapSqlParameterSource page =
        new MapSqlParameterSource(params.getValues())
            .addValue("limit", paging == null ? Integer.MAX_VALUE : paging.size())
            .addValue("offset", paging == null ? 0 : paging.offset());
    return jdbc.queryForList(
        "select id from " + table + where + " order by " + order + " limit :limit offset :offset",
        page,
        UUID.class);
  }
}
