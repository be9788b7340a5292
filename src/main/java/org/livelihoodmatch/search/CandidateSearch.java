package org.livelihoodmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a {@link CandidateQuery}: pure filters (type, occupation, provinces, start date,
 * applications still open), sorted by distance from the client's home (ties in index order),
 * reading only the stored id of each hit.
 */
final class CandidateSearch {

  private static final Set<String> ID_ONLY = Set.of(SearchFields.ID);

  private CandidateSearch() {}

  static List<String> run(IndexSearcher searcher, CandidateQuery query) throws IOException {
    BooleanQuery.Builder filters = new BooleanQuery.Builder();
    filters.add(new TermQuery(new Term(SearchFields.TYPE, query.type().name())), Occur.FILTER);
    filters.add(new TermQuery(new Term(SearchFields.OCCUPATION, query.occupation())), Occur.FILTER);
    if (!query.provinces().isEmpty()) {
      List<BytesRef> provinces = query.provinces().stream().map(BytesRef::new).toList();
      filters.add(new TermInSetQuery(SearchFields.PROVINCE, provinces), Occur.FILTER);
    }
    if (query.startsOnOrAfter() != null) {
      filters.add(
          LongPoint.newRangeQuery(
              SearchFields.START_DATE, query.startsOnOrAfter().toEpochDay(), Long.MAX_VALUE),
          Occur.FILTER);
    }
    if (query.openOn() != null) {
      filters.add(QueryFactory.closedBefore(query.openOn()), Occur.MUST_NOT);
    }
    Sort sort =
        query.lat() == null
            ? new Sort(SortField.FIELD_DOC)
            : new Sort(
                LatLonDocValuesField.newDistanceSort(SearchFields.PLACE, query.lat(), query.lon()),
                SortField.FIELD_DOC);
    TopDocs top = searcher.search(new ConstantScoreQuery(filters.build()), query.limit(), sort);
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(stored.document(hit.doc, ID_ONLY).get(SearchFields.ID));
    }
    return ids;
  }
}
