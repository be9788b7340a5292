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
          + " and start_date >= :today"
          + " and (closing_date is null or closing_date >= :today) and occupation in (:occupations)")
  List<Vacancy> findOpen(LocalDate today, List<String> occupations);

  @Query(
      "select * from vacancy where status = 'OPEN' and positions > positions_filled"
          + " and start_date >= :today"
          + " and (closing_date is null or closing_date >= :today)")
  List<Vacancy> findAllOpen(LocalDate today);

  /** The review queue, oldest first. */
  @Query(
      "select * from vacancy where status = 'PENDING_REVIEW' order by created_at, id"
          + " limit :limit offset :offset")
  List<Vacancy> findPendingReview(int limit, long offset);

  long countByStatus(VacancyStatus status);

  @Query(
      "select * from vacancy where employer_id = :employerId and id <> :except"
          + " order by created_at desc limit 50")
  List<Vacancy> findOthersOfEmployer(UUID employerId, UUID except);

  @Query(
      "select * from vacancy where id in (:ids) and status = 'OPEN'"
          + " and positions > positions_filled and start_date >= :today"
          + " and (closing_date is null or closing_date >= :today)")
  List<Vacancy> findOpen(Collection<UUID> ids, LocalDate today);
}
