package org.livelihoodmatch.training;

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
 * What an officer needs to know of a training intake before she sends a client to it: who runs
 * which course, where, from and until when, the seats left, what it pays or costs, who may join,
 * and whom to call. Read by the intake's page, a client's matches and the search results alike. Who
 * to call is the intake's contact when it names one, else the organisation that posted it.
 */
@Service
public class IntakeDetails {

  /** An intake as officers see it. */
  public record Intake(
      UUID id,
      String title,
      String kind,
      String occupation,
      String provider,
      String province,
      LocalDate startDate,
      LocalDate endDate,
      int durationWeeks,
      int seats,
      int seatsTaken,
      BigDecimal monthlyStipend,
      BigDecimal costPerTrainee,
      boolean providesAccommodation,
      int minAge,
      String sex,
      String literacyRequired,
      List<String> languages,
      String contactName,
      String contactPhone) {

    public int seatsLeft() {
      return Math.max(0, seats - seatsTaken);
    }

    /** Whom to ask for: the contact named, else the provider. */
    public String whoToCall() {
      return contactName != null ? contactName : provider;
    }
  }

  private static final String SELECT =
      "select t.*, coalesce(t.contact_name, o.name) as name_to_call,"
          + " coalesce(t.contact_phone, o.phone) as phone_to_call"
          + " from training_intake t left join organisation o on o.id = t.organisation_id";

  private final JdbcTemplate jdbc;

  IntakeDetails(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Intake> find(UUID id) {
    return jdbc.query(SELECT + " where t.id = ?", IntakeDetails::intake, id).stream().findFirst();
  }

  /** Those of {@code ids} that exist, by id. */
  public Map<UUID, Intake> of(Collection<UUID> ids) {
    Map<UUID, Intake> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.query(
            SELECT + " where t.id = any(cast(? as uuid[]))",
            IntakeDetails::intake,
            (Object) ids.stream().map(UUID::toString).distinct().toArray(String[]::new))
        .forEach(i -> found.put(i.id(), i));
    return found;
  }

  private static Intake intake(ResultSet rs, int row) throws SQLException {
    java.sql.Array languages = rs.getArray("languages");
    return new Intake(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("kind"),
        rs.getString("occupation"),
        rs.getString("provider"),
        rs.getString("province"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getInt("duration_weeks"),
        rs.getInt("seats"),
        rs.getInt("seats_taken"),
        rs.getBigDecimal("monthly_stipend"),
        rs.getBigDecimal("cost_per_trainee"),
        rs.getBoolean("provides_accommodation"),
        rs.getInt("min_age"),
        rs.getString("sex"),
        rs.getString("literacy_required"),
        languages == null
            ? List.of("km")
            : Arrays.stream((Object[]) languages.getArray())
                .map(Object::toString)
                .sorted()
                .toList(),
        rs.getString("name_to_call"),
        rs.getString("phone_to_call"));
  }
}
