package vn.gov.soctrang.tnmt.tdkt.report;

/** Applies the movement's criteria (the plan, section III.1) to one nomination. */
public interface CriteriaEvaluator {

  /** Evaluates the facts with the decision of the movement's criteria set (its key). */
  CriteriaResult evaluate(String decisionKey, CriteriaFacts facts);
}
