package org.livelihoodmatch.demo;

import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;

/**
 * The demo's organisations and users of API.md "Demo mode", created when absent: two NGOs, a
 * verified garment employer, the administration, a provincial office, and six users whose password
 * is {@code demo-pass} (the office's {@code reporter} reads reports only).
 */
final class DemoAccounts {

  static final String PASSWORD = "demo-pass";
  static final String NGO_A = "Demo NGO A";
  static final String NGO_B = "Demo NGO B";
  static final String EMPLOYER = "Demo Garments Co.";
  static final String PROVINCIAL_OFFICE = "Demo Provincial Office";
  static final String EMPLOYER_ADDRESS = "No. 88, Street 598, Khan Russey Keo, Phnom Penh";

  /** The organisations the demo data is loaded into. */
  record Ids(UUID ngoA, UUID ngoB, UUID employer) {}

  private final OrganisationService organisations;

  DemoAccounts(OrganisationService organisations) {
    this.organisations = organisations;
  }

  Ids ensure(String administrationName) {
    UUID ngoA = organisation(NGO_A, OrganisationKind.NGO, "20", null);
    UUID ngoB = organisation(NGO_B, OrganisationKind.NGO, "01", null);
    UUID employer = organisation(EMPLOYER, OrganisationKind.EMPLOYER, "12", EMPLOYER_ADDRESS);
    if (!organisations.get(employer).verified()) {
      organisations.setVerified(employer, true);
    }
    UUID administration =
        organisation(administrationName, OrganisationKind.ADMINISTRATION, null, null);
    UUID office = organisation(PROVINCIAL_OFFICE, OrganisationKind.GOVERNMENT, "20", null);
    user("officer-a", ngoA, Set.of(Role.OFFICER));
    user("planner-a", ngoA, Set.of(Role.PLANNER, Role.OFFICER));
    user("officer-b", ngoB, Set.of(Role.OFFICER));
    user("employer-a", employer, Set.of(Role.EMPLOYER));
    user("admin", administration, Set.of(Role.ADMIN));
    user("reporter", office, Set.of(Role.REPORTER));
    return new Ids(ngoA, ngoB, employer);
  }

  private UUID organisation(String name, OrganisationKind kind, String province, String address) {
    return organisations
        .findByName(name)
        .map(Organisation::id)
        .orElseGet(
            () -> organisations.register(name, kind, province, null, null, null, address).id());
  }

  private void user(String username, UUID organisation, Set<Role> roles) {
    if (!organisations.userExists(username)) {
      organisations.createUser(username, PASSWORD, organisation, roles);
    }
  }
}
