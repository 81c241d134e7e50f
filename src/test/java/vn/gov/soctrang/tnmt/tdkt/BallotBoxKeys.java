package vn.gov.soctrang.tnmt.tdkt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the chair and the secretary type in «Niêm phong hòm phiếu» and «Mở hòm phiếu» in the tests: each holder's
 * own passphrase, which meets the Department's password rules and differs from one holder to the other.
 */
public final class BallotBoxKeys {

  private BallotBoxKeys() {
  }

  public static String passphrase(String holder) {
    return "Hòm phiếu số " + Math.floorMod(holder.hashCode(), 100_000) + " – niêm phong!";
  }

  public static Map<String, Object> seal(String holder) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("sealPassphrase", passphrase(holder));
    form.put("sealPassphraseRepeat", passphrase(holder));
    return form;
  }

  public static Map<String, Object> open(String chair, String secretary) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("chairPassphrase", passphrase(chair));
    form.put("secretaryPassphrase", passphrase(secretary));
    return form;
  }
}
