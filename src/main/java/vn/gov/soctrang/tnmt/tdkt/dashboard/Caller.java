package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.util.Set;

/**
 * Who is asking, as far as the read side cares.
 *
 * @param username the Camunda user id
 * @param unitCode the caller's unit, null when they belong to none
 * @param seesAll the Office, the leadership or an administrator: sees every unit
 */
record Caller(String username, String unitCode, boolean seesAll) {

  public boolean owns(String person, String unit) {
    return seesAll || (person != null && person.equals(username)) || (unit != null && unit.equals(unitCode));
  }

  static boolean overview(Set<String> groups) {
    return groups.stream().anyMatch(DashboardAccess.OVERVIEW_GROUPS::contains);
  }
}
