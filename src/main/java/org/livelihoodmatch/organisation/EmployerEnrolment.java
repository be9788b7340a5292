package org.livelihoodmatch.organisation;

import java.util.Optional;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the employer named on the public vacancy form, by registration number or else by exact
 * name, or registers it unverified when it is unknown. It never changes an existing employer's
 * record: whoever fills in the form is not signed in, so what they type about the employer is only
 * a claim for an officer to check.
 */
@Service
public class EmployerEnrolment {

  /** The employer as the form's sender describes it. */
  public record EmployerClaim(
      String name,
      String registrationNumber,
      String phone,
      String email,
      String address,
      String province) {}

  private final Organisations organisations;
  private final OrganisationService service;
  private final JdbcTemplate jdbc;

  EmployerEnrolment(Organisations organisations, OrganisationService service, JdbcTemplate jdbc) {
    this.organisations = organisations;
    this.service = service;
    this.jdbc = jdbc;
  }

  /**
   * The employer of the claim, registered unverified when new; empty when the name belongs to an
   * organisation that is not an employer (an NGO's name cannot post vacancies).
   */
  @Transactional
  public Optional<Organisation> enrol(EmployerClaim claim) {
    lockAgainstTwins(claim);
    if (claim.registrationNumber() != null) {
      Optional<Organisation> registered =
          organisations.findFirstByKindAndRegistrationNumber(
              OrganisationKind.EMPLOYER, claim.registrationNumber());
      if (registered.isPresent()) {
        return registered;
      }
    }
    Optional<Organisation> named = organisations.findByName(claim.name());
    if (named.isPresent()) {
      return named.filter(o -> o.kind() == OrganisationKind.EMPLOYER);
    }
    return Optional.of(
        service.register(
            claim.name(),
            OrganisationKind.EMPLOYER,
            claim.province(),
            claim.registrationNumber(),
            claim.phone(),
            claim.email(),
            claim.address()));
  }

  /**
   * Two first posts of the same new employer at once must not register it twice (or fail on the
   * unique name): they queue on transaction-scoped advisory locks of its name and number, taken in
   * a fixed order so they cannot deadlock.
   */
  private void lockAgainstTwins(EmployerClaim claim) {
    long byName = ("employer-name:" + claim.name()).hashCode();
    long byNumber =
        claim.registrationNumber() == null
            ? byName
            : ("employer-number:" + claim.registrationNumber()).hashCode();
    LongStream.of(byName, byNumber)
        .distinct()
        .sorted()
        .forEach(
            key ->
                jdbc.query(
                    "select pg_advisory_xact_lock(?)", (ResultSetExtractor<Void>) rs -> null, key));
  }
}
