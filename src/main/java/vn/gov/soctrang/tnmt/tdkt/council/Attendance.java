package vn.gov.soctrang.tnmt.tdkt.council;

/** How a member of the Council took part in a meeting. */
public enum Attendance {
  PRESENT("Có mặt"),
  WRITTEN_BALLOT("Vắng mặt, gửi phiếu bầu bằng văn bản"),
  ABSENT("Vắng mặt");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Receives a ballot: present members, and absent members who announced a written ballot. */
  public boolean votes() {
    return this != ABSENT;
  }
}
