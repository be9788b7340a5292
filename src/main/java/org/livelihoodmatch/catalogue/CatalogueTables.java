package org.livelihoodmatch.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue files exactly as the running service read them at start-up (every column, the
 * {@code source} included, each row with its line) and the record of what was loaded when: the
 * administrator's read-only view of the reference data. The files are the truth; this shows which
 * version of each the figures in use came from.
 */
public class CatalogueTables {

  /**
   * One catalogue file as read: its header and rows (values in the header's order), with where it
   * came from and the SHA-256 of its bytes.
   *
   * @param name the catalogue's name in the API ({@code wage-floors} for {@code wage_floors.csv})
   */
  public record Table(
      String name, String file, List<String> header, List<Line> rows, String sha256) {

    /** Whether the file has a {@code source} column (every catalogue names its sources). */
    public int sourceColumn() {
      return header.indexOf("source");
    }
  }

  /** One row of a file: its line number in the file and its values in the header's order. */
  public record Line(int number, List<String> values) {}

  /** One file loaded at one start-up. */
  public record Load(
      Instant loadedAt, String catalogue, String file, String location, int rows, String sha256) {}

  private final List<Table> tables;
  private final String location;
  private final JdbcTemplate jdbc;

  CatalogueTables(List<Table> tables, String location, JdbcTemplate jdbc) {
    this.tables = List.copyOf(tables);
    this.location = location;
    this.jdbc = jdbc;
  }

  /** Every catalogue in the order the loader reads them. */
  public List<Table> tables() {
    return tables;
  }

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Where the files were read from: a directory, or the copies packaged in the application. */
  public String location() {
    return location;
  }

  /** The most recent loads, newest first (one row per file and start-up, of every instance). */
  public List<Load> loads(int limit) {
    return jdbc.query(
        "select loaded_at, catalogue, file, location, row_count, sha256 from catalogue_load"
            + " order by loaded_at desc, catalogue limit ?",
        (rs, n) ->
            new Load(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6)),
        limit);
  }

  /** Records this start-up's load of every file; part of the transaction that stores them. */
  void recordLoad(Instant at) {
    jdbc.batchUpdate(
        "insert into catalogue_load (loaded_at, catalogue, file, location, row_count, sha256)"
            + " values (?, ?, ?, ?, ?, ?)",
        tables.stream()
            .map(
                t ->
                    new Object[] {
                      java.sql.Timestamp.from(at),
                      t.name(),
                      t.file(),
                      location,
                      t.rows().size(),
                      t.sha256()
                    })
            .toList());
  }
}
