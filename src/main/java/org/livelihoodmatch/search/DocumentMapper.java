package org.livelihoodmatch.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.livelihoodmatch.search.analysis.OccupationCatalogue;

/**
 * Turns a {@link SearchDocument} into a Lucene document of the {@link SearchFields} schema, adding
 * the names and synonyms of its occupation so that they are searchable with the document.
 */
final class DocumentMapper {

  /**
   * Title and description: analysed, stored, with offsets in the postings, so snippets are marked
   * from the index instead of analysing each hit's text again.
   */
  static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final OccupationCatalogue occupations;

  DocumentMapper(OccupationCatalogue occupations) {
    this.occupations = occupations;
  }

  Document toLucene(SearchDocument source) {
    Document doc = new Document();
    doc.add(
        new StringField(
            SearchFields.KEY,
            SearchFields.key(source.type(), source.id()).bytes(),
            Field.Store.NO));
    keyword(doc, SearchFields.TYPE, source.type().name());
    doc.add(new StoredField(SearchFields.ID, source.id()));
    doc.add(new Field(SearchFields.TITLE, source.title(), TEXT_WITH_OFFSETS));
    if (source.description() != null) {
      doc.add(new Field(SearchFields.DESCRIPTION, source.description(), TEXT_WITH_OFFSETS));
    }
    if (source.occupation() != null) {
      keyword(doc, SearchFields.OCCUPATION, source.occupation());
      for (String name : occupations.names(source.occupation())) {
        doc.add(new TextField(SearchFields.OCCUPATION_NAMES, name, Field.Store.NO));
      }
    }
    if (source.province() != null) {
      keyword(doc, SearchFields.PROVINCE, source.province());
    }
    if (source.organisationId() != null) {
      doc.add(
          new StringField(
              SearchFields.ORGANISATION, source.organisationId().toString(), Field.Store.NO));
    }
    if (source.lat() != null) {
      doc.add(new LatLonPoint(SearchFields.PLACE, source.lat(), source.lon()));
      doc.add(new LatLonDocValuesField(SearchFields.PLACE, source.lat(), source.lon()));
      doc.add(new StoredField(SearchFields.LAT, source.lat()));
      doc.add(new StoredField(SearchFields.LON, source.lon()));
    }
    if (source.startDate() != null) {
      long epochDay = source.startDate().toEpochDay();
      doc.add(new LongPoint(SearchFields.START_DATE, epochDay));
      doc.add(new StoredField(SearchFields.START_DATE, epochDay));
    }
    if (source.closingDate() != null) {
      doc.add(new LongPoint(SearchFields.CLOSING_DATE, source.closingDate().toEpochDay()));
    }
    try {
      return SearchFields.FACETS.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A stored keyword that is also a facet value. */
  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }
}
