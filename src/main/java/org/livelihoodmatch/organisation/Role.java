package org.livelihoodmatch.organisation;

/** What a user may do; see API.md "Users, organisations, roles". */
public enum Role {
  OFFICER,
  PLANNER,
  EMPLOYER,
  ADMIN
}
