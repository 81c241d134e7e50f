package vn.gov.soctrang.tnmt.tdkt.report;

/** Applies the movement's criteria (the plan, section III.1) to one nomination. */
public interface CriteriaEvaluator {

  CriteriaResult evaluate(CriteriaFacts facts);
}
