package vn.gov.soctrang.tnmt.tdkt.report;

/** Whether a nomination meets the criteria, and why (shown to the unit and the Office). */
record CriteriaResult(boolean met, String reason) {
}
