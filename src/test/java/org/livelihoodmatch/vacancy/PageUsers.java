package org.livelihoodmatch.vacancy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users of the pages (which take a session, not HTTP Basic), with unique names. */
final class PageUsers {

  private final OrganisationService organisations;
  private final UserDetailsService directory;

  PageUsers(OrganisationService organisations, UserDetailsService directory) {
    this.organisations = organisations;
    this.directory = directory;
  }

  /** A new user of the organisation, signed in as the pages see it. */
  RequestPostProcessor signedIn(Organisation organisation, Role... roles) {
    String username = TestFixtures.unique("page-user");
    organisations.createUser(username, TestFixtures.PASSWORD, organisation.id(), Set.of(roles));
    return user(directory.loadUserByUsername(username));
  }
}
