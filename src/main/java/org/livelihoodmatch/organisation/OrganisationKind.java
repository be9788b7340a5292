package org.livelihoodmatch.organisation;

/** What an organisation is: it decides which roles its users may hold. */
public enum OrganisationKind {
  NGO,
  GOVERNMENT,
  EMPLOYER,
  ADMINISTRATION
}
