package org.livelihoodmatch.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The training intakes the search index holds, as rows to turn into documents: every intake that
 * has not started by {@code today} (one that has started can no longer be joined). The search
 * module reads them here so that this module keeps its tables to itself.
 */
@Component
public class SearchableIntakes {

  private static final String COLUMNS =
      "id, title, occupation, provider, province, start_date, duration_weeks,"
          + " provides_accommodation";

  /** What the index needs of one intake. */
  public record Listing(
      UUID id,
      String title,
      String occupation,
      String provider,
      String province,
      LocalDate startDate,
      int durationWeeks,
      boolean providesAccommodation) {}

  private static final RowMapper<Listing> ROW =
      (rs, n) ->
          new Listing(
              rs.getObject("id", UUID.class),
              rs.getString("title"),
              rs.getString("occupation"),
              rs.getString("provider"),
              rs.getString("province"),
              rs.getObject("start_date", LocalDate.class),
              rs.getInt("duration_weeks"),
              rs.getBoolean("provides_accommodation"));

  private final JdbcTemplate jdbc;

  SearchableIntakes(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1000);
  }

  /** How many intakes the index should hold on {@code today}. */
  public long count(LocalDate today) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from training_intake where start_date > ?", Long.class, today);
    return n == null ? 0 : n;
  }

  /** The intake if it belongs in the index on {@code today}; empty otherwise. */
  public Optional<Listing> find(UUID id, LocalDate today) {
    List<Listing> found =
        jdbc.query(
            "select " + COLUMNS + " from training_intake where id = ? and start_date > ?",
            ROW,
            id,
            today);
    return found.stream().findFirst();
  }

  /** Every intake the index should hold on {@code today}; inside a transaction; close it. */
  public Stream<Listing> all(LocalDate today) {
    return jdbc.queryForStream(
        "select " + COLUMNS + " from training_intake where start_date > ?", ROW, today);
  }

  /** The ids of intakes that started from {@code from} to {@code today}: to leave the index. */
  public List<UUID> startedBetween(LocalDate from, LocalDate today) {
    return jdbc.queryForList(
        "select id from training_intake where start_date between ? and ?", UUID.class, from, today);
  }
}
