package org.livelihoodmatch.vacancy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The vacancies. */
interface Vacancies extends ListCrudRepository<Vacancy, UUID> {

  @Query(
      "select * from vacancy where status = 'OPEN' and positions > positions_filled"
          + " and start_date >= :today and occupation in (:occupations)")
  List<Vacancy> findOpen(LocalDate today, List<String> occupations);

  @Query(
      "select * from vacancy where status = 'OPEN' and positions > positions_filled"
          + " and start_date >= :today")
  List<Vacancy> findAllOpen(LocalDate today);

  @Query(
      "select * from vacancy where id in (:ids) and status = 'OPEN'"
          + " and positions > positions_filled and start_date >= :today")
  List<Vacancy> findOpen(Collection<UUID> ids, LocalDate today);
}
