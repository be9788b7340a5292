package org.livelihoodmatch.training;

import java.util.UUID;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Pages through intakes by province and occupation. */
@Component
class TrainingIntakeQueries {

  private final NamedParameterJdbcTemplate jdbc;
  private final TrainingIntakes intakes;

  TrainingIntakeQueries(NamedParameterJdbcTemplate jdbc, TrainingIntakes intakes) {
    this.jdbc = jdbc;
    this.intakes = intakes;
  }

  PageOf<TrainingIntakeView> find(String province, String occupation, Paging paging) {
    StringBuilder where = new StringBuilder(" where true");
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (province != null && !province.isBlank()) {
      where.append(" and province = :province");
      params.addValue("province", province);
    }
    if (occupation != null && !occupation.isBlank()) {
      where.append(" and occupation = :occupation");
      params.addValue("occupation", occupation);
    }
    Long total =
        jdbc.queryForObject("select count(*) from training_intake" + where, params, Long.class);
    params.addValue("limit", paging.size()).addValue("offset", paging.offset());
    var ids =
        jdbc.queryForList(
            "select id from training_intake"
                + where
                + " order by start_date, id limit :limit offset :offset",
            params,
            UUID.class);
    var items =
        ids.stream()
            .map(id -> intakes.findById(id).orElseThrow())
            .map(TrainingIntakeView::of)
            .toList();
    return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
  }
}
