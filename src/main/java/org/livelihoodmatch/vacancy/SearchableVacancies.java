package org.livelihoodmatch.vacancy;

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
 * The vacancies the search index holds, as rows to turn into documents: every {@code OPEN} vacancy
 * with positions left (the others must not be found). The search module reads them here so that
 * this module keeps its tables to itself.
 */
@Component
public class SearchableVacancies {

  private static final String SEARCHABLE = "status = 'OPEN' and positions > positions_filled";
  private static final String COLUMNS =
      "id, title, description, occupation, province, workplace_address, start_date, closing_date";

  /** What the index needs of one vacancy. */
  public record Listing(
      UUID id,
      String title,
      String description,
      String occupation,
      String province,
      String workplaceAddress,
      LocalDate startDate,
      LocalDate closingDate) {}

  private static final RowMapper<Listing> ROW =
      (rs, n) ->
          new Listing(
              rs.getObject("id", UUID.class),
              rs.getString("title"),
              rs.getString("description"),
              rs.getString("occupation"),
              rs.getString("province"),
              rs.getString("workplace_address"),
              rs.getObject("start_date", LocalDate.class),
              rs.getObject("closing_date", LocalDate.class));

  private final JdbcTemplate jdbc;

  SearchableVacancies(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1000);
  }

  /** How many vacancies the index should hold. */
  public long count() {
    Long n = jdbc.queryForObject("select count(*) from vacancy where " + SEARCHABLE, Long.class);
    return n == null ? 0 : n;
  }

  /** The vacancy if it belongs in the index; empty when it is unknown or not searchable. */
  public Optional<Listing> find(UUID id) {
    List<Listing> found =
        jdbc.query("select " + COLUMNS + " from vacancy where id = ? and " + SEARCHABLE, ROW, id);
    return found.stream().findFirst();
  }

  /**
   * Every vacancy the index should hold, read with a cursor. Call it inside a transaction (so rows
   * are fetched in batches, not all at once) and close the stream.
   */
  public Stream<Listing> all() {
    return jdbc.queryForStream("select " + COLUMNS + " from vacancy where " + SEARCHABLE, ROW);
  }
}
