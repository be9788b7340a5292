package org.livelihoodmatch.interchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.livelihoodmatch.client.ClientForm;
import org.livelihoodmatch.client.ClientImport;
import org.livelihoodmatch.system.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a client file in one transaction: every row read and checked against the clients it names
 * (OSCaR's {@code global_id}, or this service's {@code id} for a row exported without one), every
 * problem of every row collected, and then all rows stored or, on any problem or a dry run, none.
 */
@Service
class ClientImporter {

  private final ClientImport clients;

  ClientImporter(ClientImport clients) {
    this.clients = clients;
  }

  @Transactional
  ImportReport importFile(byte[] content, boolean dryRun) {
    SheetReader.Table table = SheetReader.read(content);
    Set<String> present = new HashSet<>(table.header());
    List<RowMapping.Mapped> rows = table.lines().stream().map(RowMapping::map).toList();
    Map<Integer, Map<String, String>> errors = new HashMap<>();
    rows.forEach(r -> errors.put(r.row(), new LinkedHashMap<>(r.problems())));
    duplicates(rows, RowMapping.Mapped::globalId, Columns.GLOBAL_ID, errors);

    Map<String, ClientImport.Existing> byGlobalId =
        clients.byExternalId(
            rows.stream().map(RowMapping.Mapped::globalId).filter(g -> g != null).toList());
    Map<UUID, ClientImport.Existing> byId =
        clients.byId(rows.stream().map(RowMapping.Mapped::id).filter(i -> i != null).toList());

    Map<UUID, Integer> claimed = new HashMap<>();
    List<ClientImport.Change> changes = new ArrayList<>();
    for (RowMapping.Mapped row : rows) {
      Map<String, String> problems = errors.get(row.row());
      ClientImport.Existing existing = resolve(row, byGlobalId, byId, problems);
      if (existing != null) {
        Integer other = claimed.putIfAbsent(existing.id(), row.row());
        if (other != null) {
          problems.putIfAbsent(Columns.GLOBAL_ID, "names the same client as row " + other);
          errors
              .get(other)
              .putIfAbsent(Columns.GLOBAL_ID, "names the same client as row " + row.row());
        }
      }
      ClientForm form = merged(row, existing);
      for (FieldProblem p : clients.problems(form)) {
        String column = Columns.ofField(p.field(), present, row.provinceGiven());
        if (!row.problems().containsKey(column)) {
          problems.putIfAbsent(column, p.message());
        }
      }
      changes.add(new ClientImport.Change(existing, form));
    }

    List<ImportReport.RowError> list = new ArrayList<>();
    errors.forEach(
        (row, problems) ->
            problems.forEach(
                (field, message) -> list.add(new ImportReport.RowError(row, field, message))));
    list.sort(
        Comparator.comparingInt(ImportReport.RowError::row)
            .thenComparingInt(e -> order(e.field())));
    Set<Integer> bad = list.stream().map(ImportReport.RowError::row).collect(Collectors.toSet());
    List<ClientImport.Change> good = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!bad.contains(rows.get(i).row())) {
        good.add(changes.get(i));
      }
    }
    boolean store = !dryRun && list.isEmpty();
    ClientImport.Counts counts = clients.apply(good, store);
    return new ImportReport(
        rows.size(),
        counts.created(),
        counts.updated(),
        counts.unchanged(),
        dryRun,
        store,
        List.copyOf(list));
  }

  /**
   * The client a row names: hers whose external id is its global_id; else hers whose id is its id
   * (a row exported without a global_id, or one the officer has given one since); else none, a new
   * client, who needs a global_id so that the next import finds her again.
   */
  private static ClientImport.Existing resolve(
      RowMapping.Mapped row,
      Map<String, ClientImport.Existing> byGlobalId,
      Map<UUID, ClientImport.Existing> byId,
      Map<String, String> problems) {
    if (row.globalId() != null && byGlobalId.containsKey(row.globalId())) {
      return byGlobalId.get(row.globalId());
    }
    ClientImport.Existing own = row.id() == null ? null : byId.get(row.id());
    if (own != null && (row.globalId() == null || own.form().externalId() == null)) {
      return own;
    }
    if (row.globalId() == null) {
      problems.putIfAbsent(
          Columns.GLOBAL_ID,
          row.idText() == null || row.idText().isEmpty()
              ? "is required: OSCaR's global id of the client, so a second import finds her again"
              : "is required: no client of your organisation has the id " + row.idText());
    }
    return null;
  }

  /** The row laid over her record: what the file says wins, what it does not say stays. */
  private static ClientForm merged(RowMapping.Mapped row, ClientImport.Existing existing) {
    ClientForm form = row.form();
    ClientForm base = existing == null ? null : existing.form();
    if (form.languages() == null && row.preferredLanguage() != null) {
      // OSCaR names one language: first in her list, the others she speaks kept
      List<String> languages = new ArrayList<>();
      languages.add(row.preferredLanguage());
      if (base != null) {
        base.languages().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
      }
      form = with(form, languages, form.literacy(), form.availableFrom());
    }
    if (base != null) {
      form = form.over(base);
      if (row.clearsAvailableFrom()) {
        form = with(form, form.languages(), form.literacy(), null);
      }
    } else if (form.literacy() == null) {
      form = with(form, form.languages(), "NONE", form.availableFrom());
    }
    return form;
  }

  private static ClientForm with(
      ClientForm f, List<String> languages, String literacy, LocalDate availableFrom) {
    return new ClientForm(
        f.givenName(),
        f.familyName(),
        f.sex(),
        f.birthDate(),
        f.homeProvince(),
        languages,
        literacy,
        f.skills(),
        f.preferences(),
        f.household(),
        f.constraints(),
        availableFrom,
        f.externalId(),
        f.externalCaseCode(),
        f.localGivenName(),
        f.localFamilyName(),
        f.homeVillageCode(),
        f.version());
  }

  /** The same key on two rows of one file: a problem of both, each naming the other. */
  private static void duplicates(
      List<RowMapping.Mapped> rows,
      java.util.function.Function<RowMapping.Mapped, String> key,
      String column,
      Map<Integer, Map<String, String>> errors) {
    Map<String, List<Integer>> seen = new LinkedHashMap<>();
    for (RowMapping.Mapped r : rows) {
      String k = key.apply(r);
      if (k != null) {
        seen.computeIfAbsent(k, x -> new ArrayList<>()).add(r.row());
      }
    }
    seen.forEach(
        (k, at) -> {
          if (at.size() > 1) {
            for (int row : at) {
              String others =
                  at.stream()
                      .filter(o -> o != row)
                      .map(String::valueOf)
                      .collect(Collectors.joining(", "));
              errors.get(row).putIfAbsent(column, "'" + k + "' is also on row " + others);
            }
          }
        });
  }

  private static int order(String column) {
    int i = Columns.CLIENT.indexOf(column);
    return i < 0 ? Columns.CLIENT.size() : i;
  }
}
