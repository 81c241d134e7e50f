package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Names of the Camunda groups derived from the organisation. Camunda ids are letters and digits only. */
public final class CamundaGroups {

  public static final String ADMIN = "camunda-admin";
  public static final String OFFICE = "vanphongso";
  public static final String LEADERSHIP = "lanhdaoso";
  public static final String COUNCIL = "hoidongtdkt";
  public static final String INSPECTORS = "thanhtraso";
  public static final String PUBLISHERS = "congbodienhinh";

  private static final String STAFF_PREFIX = "donvi";
  private static final String HEAD_PREFIX = "truong";

  private CamundaGroups() {
  }

  /** Everyone who works for the unit: candidates for its drafting tasks. */
  public static String staffGroup(String unitCode) {
    return STAFF_PREFIX + unitCode;
  }

  /** Whether a group is some unit's staff group. */
  public static boolean isStaffGroup(String group) {
    return group != null && group.startsWith(STAFF_PREFIX) && group.length() > STAFF_PREFIX.length();
  }

  /** The unit's head(s): candidates for approving what the unit submits. */
  public static String headGroup(String unitCode) {
    return HEAD_PREFIX + unitCode;
  }

  /** The groups a person belongs to, from their roles, unit and council seat. */
  public static Set<String> groupsOf(Person person, boolean seatedOnCouncil) {
    Set<String> groups = new LinkedHashSet<>();
    for (Role role : person.getRoles()) {
      switch (role) {
        case ADMIN -> groups.add(ADMIN);
        case OFFICE -> groups.add(OFFICE);
        case DIRECTOR, DEPUTY_DIRECTOR -> groups.add(LEADERSHIP);
        case INSPECTOR -> groups.add(INSPECTORS);
        case PUBLISHER -> groups.add(PUBLISHERS);
        case UNIT_STAFF -> {
          if (person.getUnit() != null) {
            groups.add(staffGroup(person.getUnit().getCode()));
          }
        }
        case UNIT_HEAD -> {
          if (person.getUnit() != null) {
            groups.add(staffGroup(person.getUnit().getCode()));
            groups.add(headGroup(person.getUnit().getCode()));
          }
        }
      }
    }
    if (seatedOnCouncil) {
      groups.add(COUNCIL);
    }
    return groups;
  }

  /**
   * Who may belong to any of the groups, as a database can select them: the roles that give a role group, the units
   * whose staff or head group is named, and whether the Council's group is named. A superset: {@link #groupsOf}
   * decides (a unit's head group, for instance, admits only its heads).
   */
  public static Candidates candidatesOf(Collection<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<String> unitCodes = new LinkedHashSet<>();
    boolean council = false;
    for (String group : groups) {
      switch (group) {
        case ADMIN -> roles.add(Role.ADMIN);
        case OFFICE -> roles.add(Role.OFFICE);
        case LEADERSHIP -> {
          roles.add(Role.DIRECTOR);
          roles.add(Role.DEPUTY_DIRECTOR);
        }
        case INSPECTORS -> roles.add(Role.INSPECTOR);
        case PUBLISHERS -> roles.add(Role.PUBLISHER);
        case COUNCIL -> council = true;
        default -> {
          if (group.startsWith(STAFF_PREFIX) && group.length() > STAFF_PREFIX.length()) {
            unitCodes.add(group.substring(STAFF_PREFIX.length()));
          } else if (group.startsWith(HEAD_PREFIX) && group.length() > HEAD_PREFIX.length()) {
            unitCodes.add(group.substring(HEAD_PREFIX.length()));
          }
        }
      }
    }
    return new Candidates(Set.copyOf(roles), Set.copyOf(unitCodes), council);
  }

  /** See {@link #candidatesOf}. */
  public record Candidates(Set<Role> roles, Set<String> unitCodes, boolean council) {
  }
}
