package org.livelihoodmatch.interchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.client.ClientExport;
import org.livelihoodmatch.client.ClientForm;
import org.livelihoodmatch.placement.PlacementRecords;

/**
 * The rows of the exports, column for column as {@link Columns} names them: a client's record as an
 * import reads it back (so a round trip changes nothing), then how her case stands; a placement
 * with the client's ids.
 */
final class ExportRows {

  private ExportRows() {}

  static List<List<Object>> clients(
      List<ClientExport.Exported> clients, List<PlacementRecords.Line> placements) {
    Map<UUID, List<PlacementRecords.Line>> byClient = new HashMap<>();
    placements.forEach(p -> byClient.computeIfAbsent(p.clientId(), k -> new ArrayList<>()).add(p));
    List<List<Object>> rows = new ArrayList<>();
    for (ClientExport.Exported c : clients) {
      List<PlacementRecords.Line> hers = byClient.getOrDefault(c.id(), List.of());
      PlacementRecords.Line current =
          hers.stream().filter(p -> p.endedOn() == null).findFirst().orElse(null);
      PlacementRecords.Line visited =
          hers.stream()
              .filter(p -> p.lastVisitDate() != null)
              .max(Comparator.comparing(PlacementRecords.Line::lastVisitDate))
              .orElse(null);
      List<Object> row = new ArrayList<>(List.of(c.id(), c.code()));
      row.addAll(record(c.form()));
      row.addAll(
          Arrays.asList(
              c.status().name(),
              current == null ? null : current.id(),
              current == null ? null : current.kind(),
              current == null ? null : current.status(),
              current == null ? null : current.startDate(),
              visited == null ? null : visited.lastVisitMonth(),
              visited == null ? null : visited.lastVisitDate(),
              visited == null ? null : visited.lastVisitSurplus(),
              current == null ? null : String.join(";", current.alerts())));
      rows.add(row);
    }
    return rows;
  }

  /** Her record in the import's columns ({@link Columns#CLIENT}). */
  private static List<Object> record(ClientForm f) {
    var p = f.preferences();
    var h = f.household();
    var k = f.constraints();
    return Arrays.asList(
        f.externalId(),
        f.externalCaseCode(),
        f.givenName(),
        f.familyName(),
        f.localGivenName(),
        f.localFamilyName(),
        CellValues.gender(f.sex()),
        f.birthDate(),
        f.homeVillageCode(),
        f.homeProvince(),
        f.languages().isEmpty() ? null : f.languages().get(0),
        String.join(";", f.languages()),
        f.literacy(),
        String.join(";", f.skills().stream().map(s -> s.occupation() + ":" + s.level()).toList()),
        String.join(";", p.occupations()),
        String.join(";", p.provinces()),
        p.willingToRelocate(),
        p.selfEmployment(),
        h.dependants(),
        h.monthlyRemittance(),
        h.canLiveAtHome(),
        h.headOfHousehold(),
        String.join(";", k.avoidProvinces()),
        k.needsHealthClinic(),
        f.availableFrom());
  }

  static List<List<Object>> placements(
      List<PlacementRecords.Line> placements, Map<UUID, String> externalIds) {
    List<List<Object>> rows = new ArrayList<>();
    for (PlacementRecords.Line p : placements) {
      rows.add(
          Arrays.asList(
              p.id(),
              p.clientId(),
              p.clientCode(),
              externalIds.get(p.clientId()),
              p.kind(),
              p.status(),
              p.startDate(),
              p.occupation(),
              p.province(),
              p.vacancyTitle(),
              p.trainingTitle(),
              p.expectedIncome(),
              p.expectedSurplus(),
              p.nextFollowUpMonth(),
              p.nextFollowUpDue(),
              p.overdue(),
              String.join(";", p.alerts()),
              p.visitsDone(),
              p.lastVisitMonth(),
              p.lastVisitDate(),
              p.lastVisitSurplus(),
              p.endedOn(),
              p.endReason()));
    }
    return rows;
  }
}
