package vn.gov.soctrang.tnmt.tdkt.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials checked against the Camunda users: the user id when they match, null otherwise. */
final class BasicCredentials {

  private BasicCredentials() {
  }

  static String userOf(String header, IdentityService identity) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}
