package org.livelihoodmatch.organisation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The users' sign-ins. */
interface StaffAccounts extends ListCrudRepository<StaffAccount, UUID> {

  Optional<StaffAccount> findByUsername(String username);

  @Query("select count(*) > 0 from app_user where roles like '%ADMIN%'")
  boolean anyAdministrator();
}
