/**
 * The placement lifecycle: a client placed on a pathway (what it uses taken in one transaction),
 * followed up monthly for a year with her actual budget and alerts, ended, her case closed for one
 * of the ministry's four reasons; the organisation's caseload. Other modules use {@link
 * org.livelihoodmatch.placement.Placing} and the events {@link
 * org.livelihoodmatch.placement.ClientPlaced} and {@link
 * org.livelihoodmatch.placement.PlacementEnded}, never its tables.
 */
package org.livelihoodmatch.placement;
