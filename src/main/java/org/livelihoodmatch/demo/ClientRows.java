package org.livelihoodmatch.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes synthetic clients and their skills into {@code client} and {@code client_skill} with JDBC
 * batches, numbering them C00001... per organisation from a block reserved on {@code
 * organisation.next_client_number} (so codes stay unique beside clients registered through the
 * API).
 */
final class ClientRows {

  static final int BATCH = 1000;

  private static final String INSERT_CLIENT =
      "insert into client (id, version, organisation_id, code, given_name, family_name, sex,"
          + " birth_date, home_province, languages, literacy, pref_occupations, pref_provinces,"
          + " pref_willing_to_relocate, pref_self_employment, hh_dependants, hh_monthly_remittance,"
          + " hh_can_live_at_home, hh_head_of_household, avoid_provinces, needs_health_clinic,"
          + " available_from, hh_land_hectares, wants_education, status)"
          + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')";

  private static final String INSERT_SKILL =
      "insert into client_skill (client_id, idx, occupation, level) values (?, ?, ?, ?)";

  private final JdbcTemplate jdbc;

  ClientRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the clients into one organisation; must run inside the caller's transaction. */
  int insert(List<SyntheticClient> clients, UUID organisation) {
    if (clients.isEmpty()) {
      return 0;
    }
    Integer first =
        jdbc.queryForObject(
            "update organisation set next_client_number = next_client_number + ? where id = ?"
                + " returning next_client_number - ?",
            Integer.class,
            clients.size(),
            organisation,
            clients.size());
    if (first == null) {
      throw new IllegalArgumentException("no organisation " + organisation);
    }
    record Row(UUID id, String code, SyntheticClient client) {}
    List<Row> rows = new ArrayList<>(clients.size());
    List<Object[]> skills = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      SyntheticClient client = clients.get(i);
      UUID id = UUID.randomUUID();
      rows.add(new Row(id, String.format("C%05d", first + i), client));
      for (int k = 0; k < client.skills().size(); k++) {
        SyntheticClient.Skill skill = client.skills().get(k);
        skills.add(new Object[] {id, k, skill.occupation(), skill.level()});
      }
    }
    jdbc.batchUpdate(
        INSERT_CLIENT,
        rows,
        BATCH,
        (ps, row) -> set(ps, row.id(), organisation, row.code(), row.client()));
    jdbc.batchUpdate(INSERT_SKILL, skills);
    return rows.size();
  }

  private static void set(
      PreparedStatement ps, UUID id, UUID organisation, String code, SyntheticClient c)
      throws SQLException {
    Connection connection = ps.getConnection();
    int i = 0;
    ps.setObject(++i, id);
    ps.setObject(++i, organisation);
    ps.setString(++i, code);
    ps.setString(++i, c.givenName());
    ps.setString(++i, c.familyName());
    ps.setString(++i, c.sex());
    ps.setDate(++i, Date.valueOf(c.birthDate()));
    ps.setString(++i, c.homeProvince());
    ps.setArray(++i, texts(connection, c.languages()));
    ps.setString(++i, c.literacy());
    ps.setArray(++i, texts(connection, c.preferredOccupations()));
    ps.setArray(++i, texts(connection, c.preferredProvinces()));
    ps.setBoolean(++i, c.willingToRelocate());
    ps.setBoolean(++i, c.wantsSelfEmployment());
    ps.setInt(++i, c.dependants());
    ps.setBigDecimal(++i, c.monthlyRemittance());
    ps.setBoolean(++i, c.canLiveAtHome());
    ps.setBoolean(++i, c.headOfHousehold());
    ps.setArray(++i, texts(connection, c.avoidProvinces()));
    ps.setBoolean(++i, c.needsHealthClinic());
    ps.setDate(++i, c.availableFrom() == null ? null : Date.valueOf(c.availableFrom()));
    ps.setBigDecimal(++i, c.landless() ? java.math.BigDecimal.ZERO : null);
    ps.setBoolean(++i, c.wantsEducation());
  }

  static java.sql.Array texts(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(new String[0]));
  }
}
