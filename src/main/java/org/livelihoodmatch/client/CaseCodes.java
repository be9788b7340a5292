package org.livelihoodmatch.client;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out the pseudonymous case codes of an organisation's clients ({@code C00012}), unique
 * within it: one at a time for a registration or a client received by referral, a block for an
 * import.
 */
@Component
class CaseCodes {

  private final JdbcTemplate jdbc;

  CaseCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String next(UUID organisationId) {
    return code(first(organisationId, 1));
  }

  /** The first of {@code n} consecutive numbers now the organisation's (one statement). */
  int first(UUID organisationId, int n) {
    Integer first =
        jdbc.queryForObject(
            "update organisation set next_client_number = next_client_number + ? where id = ?"
                + " returning next_client_number - ?",
            Integer.class,
            n,
            organisationId,
            n);
    if (first == null) {
      throw new IllegalStateException("no organisation " + organisationId);
    }
    return first;
  }

  static String code(int number) {
    return String.format("C%05d", number);
  }
}
