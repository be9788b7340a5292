package org.livelihoodmatch.training;

import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.SqlFilter;
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
    SqlFilter where = new SqlFilter().equal("province", province).equal("occupation", occupation);
    var ids = where.ids(jdbc, "training_intake", "start_date, id", paging);
    var byId = intakes.findAllById(ids);
    var items =
        ids.stream()
            .flatMap(id -> byId.stream().filter(t -> t.id.equals(id)))
            .map(TrainingIntakeView::of)
            .toList();
    return new PageOf<>(items, paging.page(), paging.size(), where.count(jdbc, "training_intake"));
  }
}
