package vn.gov.soctrang.tnmt.tdkt.report;

/** Applies the movement's criteria (the plan, section III.1) and the proposed award's standards to one nomination. */
interface CriteriaEvaluator {

  /** Evaluates the facts with the decision of the movement's criteria set (its key). */
  CriteriaResult evaluate(String decisionKey, CriteriaFacts facts);

  /** Evaluates the standards of the proposed award (the law's, per award type and nominee kind). */
  CriteriaResult standard(StandardFacts facts);
}
