/**
 * Referrals between organisations: an officer hands a client on to another NGO or a provincial or
 * district office, with a reason and her recorded consent; the receiving officers accept or decline
 * with a reason. Accepted, the client and her whole history belong to the receiver at once (the
 * client module moves her, {@link org.livelihoodmatch.client.ClientLifecycle#transfer}; placements,
 * plans and the search index follow its event in the same transaction). The inbox page, the count
 * on the home page and the form on the client's page are here too.
 */
package org.livelihoodmatch.referral;
