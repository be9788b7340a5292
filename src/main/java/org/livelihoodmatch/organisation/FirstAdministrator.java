package org.livelihoodmatch.organisation;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code LIVELIHOOD_ADMIN_PASSWORD} when none exists, so a
 * fresh service has no user with a known password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final OrganisationService organisations;
  private final PasswordPolicy policy;
  private final String password;
  private final String organisationName;
  private final boolean demo;

  FirstAdministrator(
      OrganisationService organisations,
      PasswordPolicy policy,
      @Value("${LIVELIHOOD_ADMIN_PASSWORD:}") String password,
      @Value("${LIVELIHOOD_ADMIN_ORGANISATION:Administration}") String organisationName,
      org.springframework.core.env.Environment environment) {
    this.demo = environment.matchesProfiles("demo");
    this.organisations = organisations;
    this.policy = policy;
    this.password = password;
    this.organisationName = organisationName;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (organisations.anyAdministrator()) {
      return;
    }
    if (password.isBlank()) {
      if (demo) {
        return; // demo mode creates 'admin' with the demo password
      }
      log.warn(
          "No administrator exists. Set LIVELIHOOD_ADMIN_PASSWORD (12 characters or more) and"
              + " restart to create the user 'admin', or start with --demo for demo users.");
      return;
    }
    var problem = policy.problem(password, "admin");
    if (problem.isPresent()) {
      log.warn(
          "LIVELIHOOD_ADMIN_PASSWORD {}; no administrator created. Choose another and restart.",
          problem.get());
      return;
    }
    Organisation organisation =
        organisations
            .findByName(organisationName)
            .orElseGet(
                () ->
                    organisations.register(
                        organisationName,
                        OrganisationKind.ADMINISTRATION,
                        null,
                        null,
                        null,
                        null,
                        null));
    organisations.createUser("admin", password, organisation.id(), Set.of(Role.ADMIN));
    log.info("Created the administrator 'admin' in organisation {}", organisation.id());
  }
}
