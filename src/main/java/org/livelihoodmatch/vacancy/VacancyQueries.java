package org.livelihoodmatch.vacancy;

import java.util.UUID;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Pages through vacancies by status, province, occupation and employer. */
@Component
class VacancyQueries {

  private final NamedParameterJdbcTemplate jdbc;
  private final Vacancies vacancies;

  VacancyQueries(NamedParameterJdbcTemplate jdbc, Vacancies vacancies) {
    this.jdbc = jdbc;
    this.vacancies = vacancies;
  }

  record Filter(VacancyStatus status, String province, String occupation, UUID employerId) {}

  PageOf<VacancyView> find(Filter filter, Paging paging) {
    StringBuilder where = new StringBuilder(" where true");
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (filter.status() != null) {
      where.append(" and status = :status");
      params.addValue("status", filter.status().name());
    }
    if (filter.province() != null && !filter.province().isBlank()) {
      where.append(" and province = :province");
      params.addValue("province", filter.province());
    }
    if (filter.occupation() != null && !filter.occupation().isBlank()) {
      where.append(" and occupation = :occupation");
      params.addValue("occupation", filter.occupation());
    }
    if (filter.employerId() != null) {
      where.append(" and employer_id = :employer");
      params.addValue("employer", filter.employerId());
    }
    Long total = jdbc.queryForObject("select count(*) from vacancy" + where, params, Long.class);
    params.addValue("limit", paging.size()).addValue("offset", paging.offset());
    var ids =
        jdbc.queryForList(
            "select id from vacancy"
                + where
                + " order by created_at desc, id limit :limit offset :offset",
            params,
            UUID.class);
    var items =
        vacancies.findAllById(ids).stream()
            .sorted(java.util.Comparator.comparingInt(v -> ids.indexOf(v.id)))
            .map(v -> VacancyView.of(v, StoredFlags.read(v.redFlags)))
            .toList();
    return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
  }
}
