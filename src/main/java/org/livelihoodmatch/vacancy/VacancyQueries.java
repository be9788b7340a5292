package org.livelihoodmatch.vacancy;

import java.util.UUID;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.SqlFilter;
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
    SqlFilter where =
        new SqlFilter()
            .equal("status", filter.status())
            .equal("province", filter.province())
            .equal("occupation", filter.occupation())
            .equal("employer_id", filter.employerId());
    var ids = where.ids(jdbc, "vacancy", "created_at desc, id", paging);
    var items =
        vacancies.findAllById(ids).stream()
            .sorted(java.util.Comparator.comparingInt(v -> ids.indexOf(v.id)))
            .map(v -> VacancyView.of(v, StoredFlags.read(v.redFlags)))
            .toList();
    return new PageOf<>(items, paging.page(), paging.size(), where.count(jdbc, "vacancy"));
  }
}
