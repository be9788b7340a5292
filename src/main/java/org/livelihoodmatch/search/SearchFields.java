package org.livelihoodmatch.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;

/**
 * The Lucene field names of the index (its schema). Bump {@link SearchIndex#SCHEMA_VERSION} when
 * any of them, their kind or the analysis changes.
 */
public final class SearchFields {

  /** Unique key {@code TYPE:id}, the term of updates and deletes. */
  static final String KEY = "key";

  /** Type name; a keyword, stored, and a facet dimension. */
  static final String TYPE = "type";

  /** The application's id; stored only. */
  static final String ID = "id";

  /** Analyzed and stored. */
  static final String TITLE = "title";

  /** Analyzed and stored. */
  static final String DESCRIPTION = "description";

  /** The names and synonyms of the document's occupation; analyzed, not stored. */
  static final String OCCUPATION_NAMES = "occupation_names";

  /** Occupation code; a keyword, stored, and a facet dimension. */
  static final String OCCUPATION = "occupation";

  /** Province code; a keyword, stored, and a facet dimension. */
  static final String PROVINCE = "province";

  /** Owning organisation (UUID text); a keyword. */
  static final String ORGANISATION = "organisation";

  /** The place: LatLonPoint (for distance filters) and LatLonDocValuesField (for sorting). */
  static final String PLACE = "place";

  /** Stored latitude and longitude of the place. */
  static final String LAT = "lat";

  static final String LON = "lon";

  /** Start date as epoch day: a LongPoint and stored. */
  static final String START_DATE = "start_date";

  /**
   * The last day a vacancy takes applications, as epoch day: a LongPoint. Absent: open until its
   * places are filled. Searches leave out what closed before their day, so a vacancy is gone the
   * day after it closes without a reindex.
   */
  static final String CLOSING_DATE = "closing_date";

  /** The facet dimensions, all single-valued, in the default {@code $facets} field. */
  public static final String[] FACET_DIMENSIONS = {PROVINCE, OCCUPATION, TYPE};

  static final FacetsConfig FACETS = new FacetsConfig();

  private SearchFields() {}

  static Term key(SearchType type, String id) {
    return new Term(KEY, type.name() + ':' + id);
  }
}
