package vn.gov.soctrang.tnmt.tdkt.titles;

/** What a row of {@code title_standard} checks. */
enum TitleRule {
  /** The person is not under discipline. */
  NOT_UNDER_DISCIPLINE,
  /** The person is Lao động tiên tiến of the same year. */
  REQUIRES_LAO_DONG_TIEN_TIEN,
  /** The person has a recognised initiative or solution. */
  REQUIRES_INITIATIVE,
  /** A quota: no more Chiến sĩ thi đua cơ sở in a unit than this share of its Lao động tiên tiến. */
  MAX_SHARE_OF_LAO_DONG_TIEN_TIEN,
  /** The unit's members with Lao động tiên tiến reach this share of its members. */
  MIN_SHARE_LAO_DONG_TIEN_TIEN,
  /** No member of the unit is under discipline. */
  NO_MEMBER_UNDER_DISCIPLINE,
  /** Every member of the unit completed their tasks (the unit says so). */
  ALL_MEMBERS_COMPLETED,
  /** At least one member is Chiến sĩ thi đua cơ sở of the year. */
  REQUIRES_CHIEN_SI_THI_DUA_CO_SO
}
