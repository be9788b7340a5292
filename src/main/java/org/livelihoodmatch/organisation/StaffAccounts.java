package org.livelihoodmatch.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The users' sign-ins. */
interface StaffAccounts extends ListCrudRepository<StaffAccount, UUID> {

  Optional<StaffAccount> findByUsername(String username);

  @Query("select count(*) > 0 from app_user where roles like '%ADMIN%'")
  boolean anyAdministrator();

  /** Active officers and planners of an organisation: the people who approve its new accounts. */
  @Query(
      "select count(*) from app_user where organisation_id = :organisation and status = 'ACTIVE'"
          + " and (roles like '%OFFICER%' or roles like '%PLANNER%')")
  int countApprovers(@Param("organisation") UUID organisation);

  /** Accounts of an employer that can sign in or will: whether it still needs an invitation. */
  @Query(
      "select count(*) from app_user where organisation_id = :organisation"
          + " and status <> 'DISABLED' and roles like '%EMPLOYER%'")
  int countEmployerAccounts(@Param("organisation") UUID organisation);

  @Query("select count(*) from app_user where status = 'ACTIVE' and roles like '%ADMIN%'")
  int countActiveAdministrators();

  /** One page of users, of one organisation or of all, of one status or of any, by name. */
  @Query(
      "select * from app_user where (cast(:organisation as uuid) is null or organisation_id ="
          + " :organisation) and (cast(:status as varchar) is null or status = :status)"
          + " order by username limit :limit offset :offset")
  List<StaffAccount> page(
      @Param("organisation") UUID organisation,
      @Param("status") String status,
      @Param("limit") int limit,
      @Param("offset") long offset);

  @Query(
      "select count(*) from app_user where (cast(:organisation as uuid) is null or organisation_id"
          + " = :organisation) and (cast(:status as varchar) is null or status = :status)")
  long count(@Param("organisation") UUID organisation, @Param("status") String status);
}
