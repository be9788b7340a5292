package org.livelihoodmatch.planning.web;

/**
 * A piece of a sentence on a plan page: text, or a client's case code linking to her page ({@code
 * href} not null), so that a sentence names clients the reader can open.
 */
public record Part(String text, String href) {

  static Part text(String text) {
    return new Part(text, null);
  }
}
