package org.livelihoodmatch.livelihood;

/**
 * What a placement's outcome is pooled by: the unit that most decides whether it holds (the
 * employer of a job, the training provider of a business learnt on a course, or the market of a
 * business without one), within an occupation and a province.
 */
public record RetentionKey(Unit unit, String unitId, String occupation, String province) {

  /** The kinds of unit, most specific level of the pooling hierarchy. */
  public enum Unit {
    EMPLOYER,
    PROVIDER,
    MARKET
  }

  /** The key of a pathway: its employer, else its training provider, else its market. */
  public static RetentionKey of(Pathway p) {
    if (p.job() == null && p.selfEmployment() == null) {
      // school and family livelihoods: pooled by the school, else by the family livelihood's market
      return p.training() != null && p.training().provider() != null
          ? new RetentionKey(
              Unit.PROVIDER, providerId(p.training().provider()), p.occupation(), p.workProvince())
          : new RetentionKey(Unit.MARKET, p.marketKey(), p.occupation(), p.workProvince());
    }
    if (p.job() != null) {
      JobOffer job = p.job();
      String id = job.employerId() != null ? job.employerId().toString() : job.id().toString();
      return new RetentionKey(Unit.EMPLOYER, id, job.occupation(), job.province());
    }
    Pathway.SelfEmployment business = p.selfEmployment();
    if (p.training() != null && p.training().provider() != null) {
      return new RetentionKey(
          Unit.PROVIDER,
          providerId(p.training().provider()),
          business.occupation(),
          business.province());
    }
    return new RetentionKey(
        Unit.MARKET, business.marketKey(), business.occupation(), business.province());
  }

  /** A provider's name as one id: case and spacing do not make two providers. */
  public static String providerId(String provider) {
    return provider.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
