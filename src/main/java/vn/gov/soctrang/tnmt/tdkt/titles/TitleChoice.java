package vn.gov.soctrang.tnmt.tdkt.titles;

import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;

/** The titles the proposal form offers: two for a person, two for the unit, or none for the unit. */
enum TitleChoice {
  LAO_DONG_TIEN_TIEN(MeritCode.LAO_DONG_TIEN_TIEN),
  CHIEN_SI_THI_DUA_CO_SO(MeritCode.CHIEN_SI_THI_DUA_CO_SO),
  TAP_THE_LAO_DONG_TIEN_TIEN(MeritCode.TAP_THE_LAO_DONG_TIEN_TIEN),
  TAP_THE_LAO_DONG_XUAT_SAC(MeritCode.TAP_THE_LAO_DONG_XUAT_SAC),
  NONE(null);

  private final MeritCode code;

  TitleChoice(MeritCode code) {
    this.code = code;
  }

  MeritCode code() {
    return code;
  }

  boolean individual() {
    return code != null && code.nominee() == MeritCode.Nominee.INDIVIDUAL;
  }
}
