package org.livelihoodmatch.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The training intakes. */
interface TrainingIntakes extends ListCrudRepository<TrainingIntake, UUID> {

  @Query("select * from training_intake where start_date > :today and seats > seats_taken")
  List<TrainingIntake> findUpcomingWithSeats(LocalDate today);

  @Query(
      "select * from training_intake where start_date > :today and seats > seats_taken"
          + " and occupation in (:occupations)")
  List<TrainingIntake> findUpcomingWithSeats(LocalDate today, List<String> occupations);

  @Query(
      "select * from training_intake where start_date > :today and seats > seats_taken"
          + " and kind <> 'VOCATIONAL' order by start_date, id limit 200")
  List<TrainingIntake> findUpcomingEducation(LocalDate today);

  @Query(
      "select * from training_intake where id in (:ids) and start_date > :today"
          + " and seats > seats_taken")
  List<TrainingIntake> findUpcomingWithSeats(Collection<UUID> ids, LocalDate today);
}
