package org.livelihoodmatch.system;

/**
 * What a placement would take is gone: the vacancy's last position, the intake's last seat, the
 * market's room for one more business, the loan fund. Answered {@code 409} naming the field of the
 * pathway that uses it ({@code vacancy}, {@code training}, {@code selfEmployment}, {@code loan}).
 */
public class CapacityGone extends ConflictException {

  public CapacityGone(String field, String message) {
    super(field, message);
  }
}
