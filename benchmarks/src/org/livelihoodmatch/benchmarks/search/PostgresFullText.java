package org.livelihoodmatch.benchmarks.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.livelihoodmatch.search.OccupationTerms;
import org.livelihoodmatch.search.SearchDocument;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.search.SearchType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The baseline a developer would otherwise pick: PostgreSQL full-text search over the same
 * documents and fields (title weight A, occupation names and synonyms B, description C), a {@code
 * tsvector} with a GIN index in the {@code simple} configuration, {@code websearch_to_tsquery},
 * ranked by {@code ts_rank}; filters on indexed columns, distance by the haversine formula, and the
 * same facet counts (type, province, occupation) with {@code GROUP BY GROUPING SETS}.
 */
final class PostgresFullText {

  /** One page of hits with the total and facets, as the index answers. */
  record Answer(long total, List<String> keys, List<String> occupations) {}

  private static final String HAVERSINE =
      "6371 * 2 * asin(sqrt(power(sin(radians(lat - :lat) / 2), 2) + cos(radians(:lat))"
          + " * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2)))";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  PostgresFullText(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /** Creates and fills the table, then builds its indexes; answers the documents loaded. */
  long load(Iterator<SearchDocument> documents, List<OccupationTerms> occupations) {
    Map<String, String> names =
        occupations.stream()
            .collect(
                Collectors.toMap(
                    OccupationTerms::occupationCode, o -> String.join(" ", o.allTerms())));
    jdbc.execute("drop table if exists fts_doc");
    jdbc.execute(
        "create table fts_doc (key text primary key, type text not null, id text not null,"
            + " title text, description text, occupation text, occupation_names text,"
            + " province text, lat double precision, lon double precision, organisation uuid,"
            + " tsv tsvector)");
    List<Object[]> batch = new ArrayList<>();
    long count = 0;
    while (documents.hasNext()) {
      SearchDocument d = documents.next();
      batch.add(
          new Object[] {
            d.type() + ":" + d.id(),
            d.type().name(),
            d.id(),
            d.title(),
            d.description(),
            d.occupation(),
            names.get(d.occupation()),
            d.province(),
            d.lat(),
            d.lon(),
            d.organisationId()
          });
      if (batch.size() == 2000) {
        insert(batch);
      }
      count++;
    }
    insert(batch);
    jdbc.execute(
        "update fts_doc set tsv = setweight(to_tsvector('simple', coalesce(title, '')), 'A')"
            + " || setweight(to_tsvector('simple', coalesce(occupation_names, '')), 'B')"
            + " || setweight(to_tsvector('simple', coalesce(description, '')), 'C')");
    jdbc.execute("create index fts_doc_tsv on fts_doc using gin (tsv)");
    jdbc.execute("create index fts_doc_filters on fts_doc (type, province, occupation)");
    jdbc.execute("create index fts_doc_organisation on fts_doc (organisation)");
    jdbc.execute("vacuum analyze fts_doc");
    return count;
  }

  private void insert(List<Object[]> batch) {
    jdbc.batchUpdate(
        "insert into fts_doc (key, type, id, title, description, occupation, occupation_names,"
            + " province, lat, lon, organisation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch);
    batch.clear();
  }

  /** The same search as {@code query}: a page of hits, then the facet counts. */
  Answer search(SearchQuery query) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    StringBuilder where = new StringBuilder(" where type in (:types)");
    List<String> types = new ArrayList<>();
    for (SearchType type : effectiveTypes(query)) {
      if (type != SearchType.CLIENT) {
        types.add(type.name());
      }
    }
    if (query.types().contains(SearchType.CLIENT) && query.organisationId() != null) {
      where.replace(
          0,
          where.length(),
          " where (type in (:types) or (type = 'CLIENT'" + " and organisation = :organisation))");
      params.addValue("organisation", query.organisationId());
    }
    params.addValue("types", types.isEmpty() ? List.of("-") : types);
    String rank = null;
    if (!query.q().isBlank()) {
      where.append(" and tsv @@ websearch_to_tsquery('simple', :q)");
      rank = "ts_rank(tsv, websearch_to_tsquery('simple', :q))";
      params.addValue("q", query.q());
    }
    if (query.province() != null) {
      where.append(" and province = :province");
      params.addValue("province", query.province());
    }
    if (query.occupation() != null) {
      where.append(" and occupation = :occupation");
      params.addValue("occupation", query.occupation());
    }
    String order = rank == null ? "key" : rank + " desc, key";
    if (query.lat() != null) {
      params.addValue("lat", query.lat()).addValue("lon", query.lon());
      order = "coalesce(" + HAVERSINE + ", 1e9), " + order;
      if (query.radiusKm() != null) {
        where.append(" and ").append(HAVERSINE).append(" <= :radius");
        params.addValue("radius", query.radiusKm());
      }
    }
    params.addValue("limit", query.size()).addValue("offset", query.page() * query.size());
    List<String> keys = new ArrayList<>();
    List<String> occupations = new ArrayList<>();
    named.query(
        "select key, occupation from fts_doc"
            + where
            + " order by "
            + order
            + " limit :limit offset :offset",
        params,
        rs -> {
          keys.add(rs.getString(1));
          occupations.add(rs.getString(2));
        });
    Map<String, Long> byType = new LinkedHashMap<>();
    named.query(
        "select type, province, occupation, count(*) from fts_doc"
            + where
            + " group by grouping sets ((type), (province), (occupation))",
        params,
        rs -> {
          if (rs.getString(1) != null) {
            byType.put(rs.getString(1), rs.getLong(4));
          }
        });
    return new Answer(byType.values().stream().mapToLong(Long::longValue).sum(), keys, occupations);
  }

  private static List<SearchType> effectiveTypes(SearchQuery query) {
    return query.types().isEmpty()
        ? List.of(SearchType.VACANCY, SearchType.TRAINING, SearchType.SELF_EMPLOYMENT)
        : List.copyOf(query.types());
  }
}
