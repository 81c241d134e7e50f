package vn.gov.soctrang.tnmt.tdkt.organization;

/** Administrative level of a locality. */
public enum LocalityKind {
  DISTRICT, COMMUNE
}
