package org.livelihoodmatch;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.organisation.Staff;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates organisations and users with unique names for one test. */
public final class TestFixtures {

  public static final String PASSWORD = "fixture-password-1";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final OrganisationService organisations;

  public TestFixtures(OrganisationService organisations) {
    this.organisations = organisations;
  }

  /** A day as an English page shows it: {@code 1 Feb 2027}. */
  public static String shown(java.time.LocalDate day) {
    return shown(day, "en");
  }

  /** A day as a page in this language shows it: {@code 1 កុម្ភៈ 2027} in Khmer ({@code km}). */
  public static String shown(java.time.LocalDate day, String language) {
    return java.time.format.DateTimeFormatter.ofPattern(
            "d MMM yyyy", java.util.Locale.forLanguageTag(language))
        .format(day);
  }

  public static String unique(String prefix) {
    return prefix
        + "-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "-"
        + COUNTER.incrementAndGet();
  }

  public Organisation organisation(OrganisationKind kind) {
    Organisation o =
        organisations.register(
            unique(kind.name().toLowerCase()), kind, "12", null, null, null, null);
    return kind == OrganisationKind.EMPLOYER ? organisations.setVerified(o.id(), true) : o;
  }

  /** A new user of {@code organisation} with the roles, signing in by HTTP Basic. */
  public RequestPostProcessor user(Organisation organisation, Role... roles) {
    String username = unique("user");
    organisations.createUser(username, PASSWORD, organisation.id(), Set.of(roles));
    return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
  }

  /**
   * A browser session of a staff member of {@code organisation} with {@code role}, as the pages see
   * it after form login (no user row needed).
   */
  public static RequestPostProcessor signedIn(Organisation organisation, Role role) {
    return SecurityMockMvcRequestPostProcessors.user(
        new Staff(
            UUID.randomUUID(),
            unique("page"),
            organisation.id(),
            organisation.kind(),
            Set.of(role),
            "unused",
            true));
  }
}
