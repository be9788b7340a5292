package org.livelihoodmatch.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} that carries the facet ordinals of its reader. Building them costs a
 * pass over the facet values, so it is done once per reader when the searcher manager refreshes,
 * not on every search.
 */
final class FacetedSearcher extends IndexSearcher {

  /** Null while no document has facets (an empty index). */
  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetState = facetState;
  }

  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Makes a {@link FacetedSearcher} for each new reader of a searcher manager. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      String field = SearchFields.FACETS.getDimConfig(SearchFields.TYPE).indexFieldName;
      FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
      SortedSetDocValuesReaderState state =
          info == null
              ? null
              : new DefaultSortedSetDocValuesReaderState(reader, SearchFields.FACETS);
      return new FacetedSearcher(reader, state);
    }
  }
}
