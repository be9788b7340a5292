package org.livelihoodmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Runs one {@link SearchQuery} on one searcher: collects the top hits of the requested page (by
 * relevance, or by distance when the query has a point) together with the facet counts of all
 * matching documents, then reads the page's stored fields and snippets.
 */
final class SearchExecution {

  private static final int MAX_FACET_VALUES = 1000;

  private final QueryFactory queries;
  private final Snippets snippets;

  SearchExecution(QueryFactory queries, Snippets snippets) {
    this.queries = queries;
    this.snippets = snippets;
  }

  SearchResult run(FacetedSearcher searcher, SearchQuery query) throws IOException {
    Query full = queries.build(query);
    int wanted = (query.page() + 1) * query.size();
    boolean byDistance = query.lat() != null;
    FacetsCollectorManager.FacetsResult result =
        byDistance
            ? FacetsCollectorManager.search(
                searcher, full, wanted, distanceSort(query), true, new FacetsCollectorManager())
            : FacetsCollectorManager.search(searcher, full, wanted, new FacetsCollectorManager());
    TopDocs top = result.topDocs();
    int from = Math.min(query.page() * query.size(), top.scoreDocs.length);
    ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    TopDocs page = new TopDocs(top.totalHits, pageDocs);

    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[pageDocs.length];
    for (int i = 0; i < pageDocs.length; i++) {
      docs[i] = stored.document(pageDocs[i].doc);
    }
    String[] marked = snippets.of(searcher, queries.highlightQuery(query.q()), page, docs);
    List<SearchHit> items = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      items.add(hit(docs[i], pageDocs[i], marked[i], byDistance));
    }
    return new SearchResult(top.totalHits.value, items, facets(searcher, result.facetsCollector()));
  }

  private static Sort distanceSort(SearchQuery query) {
    return new Sort(
        LatLonDocValuesField.newDistanceSort(SearchFields.PLACE, query.lat(), query.lon()),
        SortField.FIELD_SCORE);
  }

  private static SearchHit hit(
      Document doc, ScoreDoc scoreDoc, String snippet, boolean byDistance) {
    Double distanceKm = null;
    if (byDistance && scoreDoc instanceof FieldDoc fieldDoc) {
      double meters = (Double) fieldDoc.fields[0];
      distanceKm = Double.isInfinite(meters) ? null : meters / 1000;
    }
    return new SearchHit(
        SearchType.valueOf(doc.get(SearchFields.TYPE)),
        doc.get(SearchFields.ID),
        doc.get(SearchFields.TITLE),
        doc.get(SearchFields.OCCUPATION),
        doc.get(SearchFields.PROVINCE),
        scoreDoc.score,
        snippet,
        distanceKm);
  }

  private static Map<String, Map<String, Long>> facets(
      FacetedSearcher searcher, FacetsCollector collector) throws IOException {
    Facets counts =
        searcher.facetState() == null
            ? null
            : new SortedSetDocValuesFacetCounts(searcher.facetState(), collector);
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String dimension : SearchFields.FACET_DIMENSIONS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetResult result =
          counts == null ? null : counts.getTopChildren(MAX_FACET_VALUES, dimension);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.put(value.label, value.value.longValue());
        }
      }
      facets.put(dimension, Collections.unmodifiableMap(values));
    }
    return facets;
  }
}
