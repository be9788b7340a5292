package org.livelihoodmatch.interchange;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Files uploaded on the import page, kept between the preview and the officer's confirmation: only
 * for the officer who uploaded it, deleted when confirmed, and any older than an hour deleted at
 * the next upload (they hold personal data).
 */
@Repository
class ImportUploads {

  private final JdbcTemplate jdbc;

  ImportUploads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  UUID keep(UUID organisation, String username, String mediaType, String fileName, byte[] content) {
    jdbc.update("delete from import_upload where created_at < now() - interval '1 hour'");
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into import_upload (id, organisation_id, username, media_type, file_name, content)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        organisation,
        username,
        mediaType == null ? "application/octet-stream" : mediaType,
        fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())),
        content);
    return id;
  }

  /** The upload's content, if it is this user's and still kept. */
  Optional<byte[]> find(UUID id, UUID organisation, String username) {
    return jdbc
        .query(
            "select content from import_upload where id = ? and organisation_id = ?"
                + " and username = ? and created_at >= now() - interval '1 hour'",
            (rs, n) -> rs.getBytes(1),
            id,
            organisation,
            username)
        .stream()
        .findFirst();
  }

  void delete(UUID id) {
    jdbc.update("delete from import_upload where id = ?", id);
  }
}
