/**
 * The administrator's pages ({@code /admin}, role ADMIN only): users and their roles, organisations
 * and the verification of employers, the catalogues as loaded, the search index and its rebuild,
 * and the way to the audit trail. A module of pages only: it changes nothing itself and goes
 * through the public services of {@code organisation}, {@code catalogue} and {@code search}, so the
 * rules are those of the API. Administrators see no client data here either.
 */
package org.livelihoodmatch.admin;
