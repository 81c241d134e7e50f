package vn.gov.soctrang.tnmt.tdkt.organization;

/** Needed by the rule that women come first where candidates are equal. */
public enum Gender {
  MALE, FEMALE
}
