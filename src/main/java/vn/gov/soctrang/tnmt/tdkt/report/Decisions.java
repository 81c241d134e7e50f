package vn.gov.soctrang.tnmt.tdkt.report;

/** The choices on the review steps of a unit report; the codes are what the forms submit. */
final class Decisions {

  private Decisions() {
  }

  public enum Head { APPROVE, RETURN }

  public enum Office { ACCEPT, RETURN }

  public enum Overdue { EXTEND, CLOSE }
}
