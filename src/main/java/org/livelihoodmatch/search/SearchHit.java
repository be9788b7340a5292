package org.livelihoodmatch.search;

/**
 * One document found by a search, with what a result list shows.
 *
 * @param type what was found
 * @param id the application's id of it
 * @param title its title
 * @param occupation its occupation code (may be null)
 * @param province its province code (may be null)
 * @param score relevance (higher is better; 1.0 for every hit of a search without text)
 * @param highlight a short HTML-escaped snippet of the title or description, matched terms inside
 *     {@code <mark>...</mark>}; null when the document has no text
 * @param distanceKm distance from the query's point in kilometres, when the query has a point and
 *     the document a place; otherwise null
 */
public record SearchHit(
    SearchType type,
    String id,
    String title,
    String occupation,
    String province,
    float score,
    String highlight,
    Double distanceKm) {}
