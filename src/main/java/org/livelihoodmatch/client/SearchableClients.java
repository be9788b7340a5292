package org.livelihoodmatch.client;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The clients as the search index holds them: only what an officer searches by (case code and the
 * other system's global id, names in Latin and Khmer script, home province, skills and wished
 * occupations) and the owning organisation, which the index uses to show each client to her own
 * organisation only. For the local, derived index alone: nothing read here is ever shown to anyone
 * but the client's own organisation.
 */
@Component
public class SearchableClients {

  private static final String SELECT =
      "select c.id, c.organisation_id, concat_ws(' ', c.code, c.external_id) as code,"
          + " concat_ws(' ', c.given_name, nullif(c.local_given_name, c.given_name)) as given_name,"
          + " concat_ws(' ', c.family_name, nullif(c.local_family_name, c.family_name))"
          + " as family_name, c.home_province,"
          + " c.pref_occupations, array(select s.occupation from client_skill s"
          + " where s.client_id = c.id order by s.idx) as skills from client c";

  /** What the index needs of one client. */
  public record Listing(
      UUID id,
      UUID organisationId,
      String code,
      String givenName,
      String familyName,
      String homeProvince,
      List<String> skills,
      List<String> preferredOccupations) {}

  private static final RowMapper<Listing> ROW =
      (rs, n) ->
          new Listing(
              rs.getObject("id", UUID.class),
              rs.getObject("organisation_id", UUID.class),
              rs.getString("code"),
              rs.getString("given_name"),
              rs.getString("family_name"),
              rs.getString("home_province"),
              strings(rs.getArray("skills")),
              strings(rs.getArray("pref_occupations")));

  private final JdbcTemplate jdbc;

  SearchableClients(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1000);
  }

  /**
   * How many clients the index should hold (of all organisations; closed cases are not searched).
   */
  public long count() {
    Long n =
        jdbc.queryForObject("select count(*) from client where status <> 'CLOSED'", Long.class);
    return n == null ? 0 : n;
  }

  /** The client, if she exists and her case is open. */
  public Optional<Listing> find(UUID id) {
    return jdbc.query(SELECT + " where c.id = ? and c.status <> 'CLOSED'", ROW, id).stream()
        .findFirst();
  }

  /** Those of these clients who exist with an open case (one query). */
  public List<Listing> findAll(java.util.Collection<UUID> ids) {
    return jdbc.query(
        SELECT + " where c.id = any(cast(? as uuid[])) and c.status <> 'CLOSED'",
        ROW,
        (Object) ids.stream().map(UUID::toString).toArray(String[]::new));
  }

  /** Every client, read with a cursor; inside a transaction; close the stream. */
  public Stream<Listing> all() {
    return jdbc.queryForStream(SELECT + " where c.status <> 'CLOSED'", ROW);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return java.util.Arrays.stream(values).map(String::valueOf).toList();
  }
}
