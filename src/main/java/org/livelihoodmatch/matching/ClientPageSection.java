package org.livelihoodmatch.matching;

import java.util.Optional;
import org.livelihoodmatch.client.ClientCard;

/**
 * A part of a client's page that another module draws, so that this module shows what happens to
 * her after the match (her placements) without depending on the module that records it: the page
 * asks every bean of this type for its section and inserts each one's fragment with its data.
 */
public interface ClientPageSection {

  /**
   * What this module has to show about {@code client}, or nothing. Called while her page is built,
   * by her own organisation's staff only.
   */
  Optional<Section> sectionFor(ClientCard client);

  /**
   * One section of the page.
   *
   * @param template the Thymeleaf template holding a fragment {@code clientSection(data)}
   * @param data what the fragment shows
   * @param matchAction a path (with the client's id) to which each option card posts "place her on
   *     this option", with the option's identifying fields; {@code null} when this section offers
   *     no such action
   */
  record Section(String template, Object data, String matchAction) {}
}
