package org.livelihoodmatch.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

/** Typo automata are built once per word and shared by every field and search. */
class TypoAutomataTests {

  @Test
  void oneAutomatonPerWordAndDistance() {
    TypoAutomata automata = new TypoAutomata();
    assertThat(automata.of("hairdress", 2)).isSameAs(automata.of("hairdress", 2));
    assertThat(automata.of("hairdress", 1)).isNotSameAs(automata.of("hairdress", 2));
    var automaton = automata.of("hairdress", 2).runAutomaton;
    assertThat(automaton.run("hairdres".getBytes(), 0, 8)).isTrue();
    assertThat(automaton.run("airdress".getBytes(), 0, 8)).isFalse(); // the first letter is kept
  }

  @Test
  void queriesOfTheSameWordAreEqualWhateverTheirAutomata() {
    var title = new TypoQuery(new Term("title", "barber"), 1, new TypoAutomata());
    var same = new TypoQuery(new Term("title", "barber"), 1, new TypoAutomata());
    var description = new TypoQuery(new Term("description", "barber"), 1, new TypoAutomata());
    assertThat(title).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(description);
    assertThat(title.toString("title")).isEqualTo("barber~1");
  }
}
