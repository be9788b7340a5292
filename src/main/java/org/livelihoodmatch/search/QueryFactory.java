package org.livelihoodmatch.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.livelihoodmatch.search.analysis.Analyzers;
import org.livelihoodmatch.search.analysis.CatalogueSpelling;
import org.livelihoodmatch.search.analysis.TextQueryBuilder;

/**
 * Builds the Lucene query of a {@link SearchQuery}: the text part (title ×3, occupation names ×2,
 * description ×1, plus the occupation codes the synonyms put into the query) and the filters (types
 * with client isolation, province, occupation, applications still open, distance).
 */
final class QueryFactory {

  static final float TITLE_BOOST = 3f;
  static final float OCCUPATION_BOOST = 2f;
  static final int MAX_MARKED_WORDS = 100;

  private final Analyzer queryAnalyzer;
  private final TextQueryBuilder text;
  private final TextQueryBuilder names;
  private final Set<String> occupationCodes;
  private final CatalogueSpelling spelling;

  /**
   * @param queryAnalyzer the analysis of queries, with the occupation synonyms, for titles
   * @param namesAnalyzer the same analysis without synonyms, for the occupation names (every
   *     document already holds all names of its occupation there) and for descriptions (long texts
   *     where each synonym phrase costs a positions check on many documents; the occupation names
   *     and codes find a description's synonyms already)
   * @param spelling corrects misspelt trade words before analysis
   */
  QueryFactory(
      Analyzer queryAnalyzer,
      Analyzer namesAnalyzer,
      Set<String> occupationCodes,
      CatalogueSpelling spelling) {
    this.queryAnalyzer = queryAnalyzer;
    this.spelling = spelling;
    this.text = new TextQueryBuilder(queryAnalyzer);
    this.names = new TextQueryBuilder(namesAnalyzer);
    this.occupationCodes = Set.copyOf(occupationCodes);
  }

  /** The whole query: text (or everything) restricted by the filters. */
  Query build(SearchQuery query) {
    Query textQuery = textQuery(query.q());
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, Occur.MUST);
    all.add(typeFilter(query.effectiveTypes(), query.organisationId()), Occur.FILTER);
    if (query.province() != null) {
      all.add(new TermQuery(new Term(SearchFields.PROVINCE, query.province())), Occur.FILTER);
    }
    if (query.occupation() != null) {
      all.add(new TermQuery(new Term(SearchFields.OCCUPATION, query.occupation())), Occur.FILTER);
    }
    if (query.openOn() != null) {
      all.add(closedBefore(query.openOn()), Occur.MUST_NOT);
    }
    if (query.radiusKm() != null) {
      all.add(
          LatLonPoint.newDistanceQuery(
              SearchFields.PLACE, query.lat(), query.lon(), query.radiusKm() * 1000),
          Occur.FILTER);
    }
    return all.build();
  }

  /**
   * The scoring text query, or null when {@code q} has no searchable word. When {@code q} has
   * misspelt trade words, the query as typed and the query as corrected both count, the corrected
   * one at the weight of a fuzzy match, so that a real word that merely looks like a trade word
   * still ranks its own matches first.
   */
  Query textQuery(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    Query asTyped = fieldsQuery(q);
    String corrected = spelling.correct(q);
    if (corrected.equals(q)) {
      return asTyped;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    add(either, asTyped, 1f);
    add(either, fieldsQuery(corrected), TextQueryBuilder.FUZZY_WEIGHT);
    return either.build();
  }

  private Query fieldsQuery(String q) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    add(fields, text.createBooleanQuery(SearchFields.TITLE, q), TITLE_BOOST);
    add(fields, names.createBooleanQuery(SearchFields.OCCUPATION_NAMES, q), OCCUPATION_BOOST);
    add(fields, names.createBooleanQuery(SearchFields.DESCRIPTION, q), 1f);
    for (String code : occupationCodesIn(q)) {
      add(fields, new TermQuery(new Term(SearchFields.OCCUPATION, code)), OCCUPATION_BOOST);
    }
    BooleanQuery query = fields.build();
    return query.clauses().isEmpty() ? null : query;
  }

  /**
   * The words to mark in snippets: every analysed word of {@code q} (as typed and as corrected) and
   * of its synonyms, in the title and the description, typo-tolerant as in the search, but without
   * the phrases of the search query: marking runs on every hit of a page, and phrase matching there
   * cost ten times the search itself. Null when {@code q} has no word.
   */
  Query highlightQuery(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int clauses = 0;
    String corrected = spelling.correct(q);
    String typedAndCorrected = corrected.equals(q) ? q : q + " " + corrected;
    for (String token : new LinkedHashSet<>(Analyzers.tokens(queryAnalyzer, typedAndCorrected))) {
      if (occupationCodes.contains(token) || clauses >= MAX_MARKED_WORDS) {
        continue;
      }
      words.add(new TermQuery(new Term(SearchFields.TITLE, token)), Occur.SHOULD);
      words.add(new TermQuery(new Term(SearchFields.DESCRIPTION, token)), Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : words.build();
  }

  /**
   * Only the requested types; CLIENT documents only with the caller's organisation, so another
   * organisation's clients can never match, whatever else the query says.
   */
  static Query typeFilter(Set<SearchType> types, UUID organisationId) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (SearchType type : types) {
      Query ofType = new TermQuery(new Term(SearchFields.TYPE, type.name()));
      if (type == SearchType.CLIENT) {
        if (organisationId == null) {
          continue;
        }
        ofType =
            new BooleanQuery.Builder()
                .add(ofType, Occur.FILTER)
                .add(
                    new TermQuery(new Term(SearchFields.ORGANISATION, organisationId.toString())),
                    Occur.FILTER)
                .build();
      }
      any.add(ofType, Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? new MatchNoDocsQuery("no type may be searched") : any.build();
  }

  /**
   * The documents that stopped taking applications before {@code day} (closing on {@code day} they
   * still take them), to leave out; documents without a closing date never match it.
   */
  static Query closedBefore(LocalDate day) {
    return LongPoint.newRangeQuery(
        SearchFields.CLOSING_DATE, Long.MIN_VALUE, Math.subtractExact(day.toEpochDay(), 1));
  }

  /** The occupation codes among the query's tokens: put there by the synonym filter. */
  private Set<String> occupationCodesIn(String q) {
    Set<String> codes = new LinkedHashSet<>();
    for (String token : Analyzers.tokens(queryAnalyzer, q)) {
      if (occupationCodes.contains(token)) {
        codes.add(token);
      }
    }
    return codes;
  }

  private static void add(BooleanQuery.Builder builder, Query query, float boost) {
    if (query != null) {
      builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
    }
  }
}
