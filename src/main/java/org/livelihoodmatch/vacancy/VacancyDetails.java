package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What an officer needs to know of a vacancy before she sends a client to it: who employs, where,
 * for what pay and hours, from and until when, how many places are left, and whom to call. Read by
 * the vacancy's own page, a client's matches and the search results, so that all three say the
 * same. Who to call is the vacancy's contact when it names one; otherwise the phone its poster gave
 * on the public form, else the employer's.
 */
@Service
public class VacancyDetails {

  /** A vacancy as officers see it. */
  public record Offer(
      UUID id,
      String title,
      String occupation,
      String province,
      String status,
      String employerName,
      boolean employerVerified,
      String workplaceAddress,
      int positions,
      int positionsFilled,
      BigDecimal monthlyWage,
      int hoursPerWeek,
      boolean providesAccommodation,
      boolean providesMeals,
      int minAge,
      LocalDate startDate,
      LocalDate closingDate,
      List<String> languages,
      String description,
      String contactName,
      String contactPhone) {

    public int positionsLeft() {
      return Math.max(0, positions - positionsFilled);
    }

    /** Whom to ask for: the contact named, else the employer. */
    public String whoToCall() {
      return contactName != null ? contactName : employerName;
    }
  }

  private static final String SELECT =
      "select v.*, o.name as employer_name, o.verified as employer_verified,"
          + " coalesce(v.contact_phone, s.phone, o.phone) as phone_to_call"
          + " from vacancy v join organisation o on o.id = v.employer_id"
          + " left join vacancy_submission s on s.vacancy_id = v.id";

  private final JdbcTemplate jdbc;

  VacancyDetails(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The vacancy of {@code id}, whatever its status. */
  public Optional<Offer> find(UUID id) {
    return jdbc.query(SELECT + " where v.id = ?", VacancyDetails::offer, id).stream().findFirst();
  }

  /** Those of {@code ids} that exist, by id. */
  public Map<UUID, Offer> of(Collection<UUID> ids) {
    Map<UUID, Offer> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.query(
            SELECT + " where v.id = any(cast(? as uuid[]))",
            VacancyDetails::offer,
            (Object) ids.stream().map(UUID::toString).distinct().toArray(String[]::new))
        .forEach(o -> found.put(o.id(), o));
    return found;
  }

  private static Offer offer(ResultSet rs, int row) throws SQLException {
    return new Offer(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("occupation"),
        rs.getString("province"),
        rs.getString("status"),
        rs.getString("employer_name"),
        rs.getBoolean("employer_verified"),
        rs.getString("workplace_address"),
        rs.getInt("positions"),
        rs.getInt("positions_filled"),
        rs.getBigDecimal("monthly_wage"),
        rs.getInt("hours_per_week"),
        rs.getBoolean("provides_accommodation"),
        rs.getBoolean("provides_meals"),
        rs.getInt("min_age"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("closing_date", LocalDate.class),
        languages(rs),
        rs.getString("description"),
        rs.getString("contact_name"),
        rs.getString("phone_to_call"));
  }

  private static List<String> languages(ResultSet rs) throws SQLException {
    java.sql.Array array = rs.getArray("languages");
    return array == null
        ? List.of("km")
        : Arrays.stream((Object[]) array.getArray()).map(Object::toString).sorted().toList();
  }
}
