package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;

/**
 * Mirrors the organisation into Camunda: a user per person, groups per role and unit, memberships, and the
 * authorizations that keep each unit to its own work. Idempotent: run at every start.
 */
@Service
public class IdentitySyncService {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySyncService.class);
  private static final String GROUP_TYPE = "WORKFLOW";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final OrganizationService organization;
  private final PersonRepository people;
  private final java.time.Clock clock;

  public IdentitySyncService(IdentityService identity, AuthorizationService authorizations,
      OrganizationService organization, PersonRepository people, java.time.Clock clock) {
    this.clock = clock;
    this.identity = identity;
    this.authorizations = authorizations;
    this.organization = organization;
    this.people = people;
  }

  /** Creates the administrator account if missing; never overwrites an existing password. */
  public void ensureAdmin(String username, String password) {
    ensureGroup(CamundaGroups.ADMIN, "Quản trị hệ thống", "SYSTEM");
    if (identity.createUserQuery().userId(username).count() == 0) {
      User user = identity.newUser(username);
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(password);
      identity.saveUser(user);
      LOG.info("Đã tạo tài khoản quản trị {}", username);
    }
    ensureMembership(username, CamundaGroups.ADMIN);
    // Membership of camunda-admin is not enough on its own: the engine checks authorizations for admins too,
    // so the group gets every permission on every resource (what Camunda's administrator plugin would grant).
    for (Resources resource : Resources.values()) {
      grant(groupAuth(CamundaGroups.ADMIN), resource, Authorization.ANY, Permissions.ALL);
    }
  }

  /**
   * Users, groups, memberships and authorizations for the whole organisation.
   *
   * @param initialPassword password for users created now (demo accounts); null leaves them without one, so an
   *     administrator sets it in Camunda Admin
   */
  public void syncAll(String initialPassword) {
    // The change that caused the sync (a person, a unit, the Council) is already in the audit trail.
    OrganisationMirroring.during(() -> mirrorOrganisation(initialPassword));
  }

  /** Sets an account's password (the change that asked for it records that a password was set, never which). */
  public void setPassword(String username, String password) {
    OrganisationMirroring.during(() -> {
      User user = identity.createUserQuery().userId(username).singleResult();
      user.setPassword(password);
      identity.saveUser(user);
    });
  }

  private void mirrorOrganisation(String initialPassword) {
    ensureGroup(CamundaGroups.OFFICE, "Văn phòng Sở", GROUP_TYPE);
    ensureGroup(CamundaGroups.LEADERSHIP, "Lãnh đạo Sở", GROUP_TYPE);
    ensureGroup(CamundaGroups.COUNCIL, "Hội đồng Thi đua – Khen thưởng Sở", GROUP_TYPE);
    ensureGroup(CamundaGroups.INSPECTORS, "Thanh tra Sở / Đoàn kiểm tra", GROUP_TYPE);
    ensureGroup(CamundaGroups.PUBLISHERS, "Công bố điển hình tiên tiến (Trung tâm CNTT)", GROUP_TYPE);
    for (Unit unit : organization.activeUnits()) {
      ensureGroup(CamundaGroups.staffGroup(unit.getCode()), "Cán bộ " + unit.getName(), GROUP_TYPE);
      ensureGroup(CamundaGroups.headGroup(unit.getCode()), "Lãnh đạo " + unit.getName(), GROUP_TYPE);
    }
    Set<Long> council = organization.councilOn(LocalDate.now(clock)).stream()
        .map(m -> m.getPerson().getId()).collect(Collectors.toSet());
    Set<String> managed = managedGroupIds();
    for (Person person : people.findAll()) {
      ensureUser(person, initialPassword);
      // Someone who left keeps their account for the record but loses every group, so every authorization.
      Set<String> wanted = person.isActive() ? CamundaGroups.groupsOf(person, council.contains(person.getId()))
          : Set.of();
      wanted.forEach(g -> ensureMembership(person.getUsername(), g));
      identity.createGroupQuery().groupMember(person.getUsername()).list().stream()
          .map(Group::getId)
          .filter(g -> managed.contains(g) && !wanted.contains(g))
          .forEach(g -> identity.deleteMembership(person.getUsername(), g));
    }
    grantRoleAuthorizations();
    LOG.info("Đồng bộ tổ chức sang Camunda: {} người, {} nhóm", people.count(), managed.size());
  }

  private Set<String> managedGroupIds() {
    return identity.createGroupQuery().groupType(GROUP_TYPE).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  private void grantRoleAuthorizations() {
    // The Office runs the cycle: it sees every unit's instances and tasks (work on them only as a candidate).
    // Every task is readable through TASK * READ alone (Tasklist, Cockpit, a task's variables and form, and the
    // task report by candidate group, which asks for exactly that grant); READ_TASK on every definition would say
    // it a second time, and Camunda's task query then joins each task to both grants and sorts twice the rows
    // before DISTINCT. So the definition grant leaves READ_TASK out, and a database synchronised before loses it.
    AuthTarget office = groupAuth(CamundaGroups.OFFICE);
    grant(office, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(office, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(office, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    withdraw(office, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
    grant(office, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ,
        ProcessInstancePermissions.CREATE);
    grant(office, Resources.TASK, "*", TaskPermissions.READ);
    grant(office, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE,
        Permissions.READ_HISTORY);
    grant(office, Resources.DEPLOYMENT, "*", Permissions.READ);
    // The province's answer may arrive as a message through the REST API, correlated by the Office: the engine guard
    // (EngineDoorGuard) lets exactly those messages through. UPDATE_INSTANCE, which that once needed, also opened
    // process-instance modification, suspension and variable writes: it is withdrawn from a database granted it.
    withdraw(office, Resources.PROCESS_DEFINITION, ProcessKeys.PROVINCE_SUBMISSION,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);

    // Leadership watches every instance in Cockpit and works its own tasks.
    AuthTarget leadership = groupAuth(CamundaGroups.LEADERSHIP);
    grant(leadership, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(leadership, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(leadership, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    withdraw(leadership, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
    grant(leadership, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
    grant(leadership, Resources.TASK, "*", TaskPermissions.READ);
    grant(leadership, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(leadership, Resources.DEPLOYMENT, "*", Permissions.READ);

    // Everyone else works in Tasklist on the tasks offered to their groups (granted per task by the engine).
    Map<String, String> workers = new LinkedHashMap<>();
    workers.put(CamundaGroups.COUNCIL, "council");
    workers.put(CamundaGroups.INSPECTORS, "inspectors");
    workers.put(CamundaGroups.PUBLISHERS, "publishers");
    for (Unit unit : organization.activeUnits()) {
      workers.put(CamundaGroups.staffGroup(unit.getCode()), unit.getCode());
      workers.put(CamundaGroups.headGroup(unit.getCode()), unit.getCode());
    }
    for (String group : workers.keySet()) {
      AuthTarget target = groupAuth(group);
      grant(target, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(target, Resources.PROCESS_DEFINITION, ProcessKeys.ANNUAL_CYCLE, ProcessDefinitionPermissions.READ);
      grant(target, Resources.PROCESS_DEFINITION, ProcessKeys.UNIT_REPORT, ProcessDefinitionPermissions.READ);
      grant(target, Resources.PROCESS_DEFINITION, ProcessKeys.YEAR_END_TITLES, ProcessDefinitionPermissions.READ);
      grant(target, Resources.PROCESS_DEFINITION, ProcessKeys.THEMATIC_MOVEMENT, ProcessDefinitionPermissions.READ);
      grant(target, Resources.PROCESS_DEFINITION, ProcessKeys.COUNCIL_VOTE, ProcessDefinitionPermissions.READ);
      grant(target, Resources.PROCESS_DEFINITION, ProcessKeys.AD_HOC_AWARD, ProcessDefinitionPermissions.READ);
    }
    // Any unit may report a difficulty at any time.
    for (Unit unit : organization.activeUnits()) {
      AuthTarget staff = groupAuth(CamundaGroups.staffGroup(unit.getCode()));
      grant(staff, Resources.PROCESS_DEFINITION, ProcessKeys.DIFFICULTY_REPORT, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(staff, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
      // Any unit may propose an ad-hoc award at any time (processes/ad-hoc-award.bpmn).
      grant(staff, Resources.PROCESS_DEFINITION, ProcessKeys.AD_HOC_AWARD, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grant(office, Resources.PROCESS_DEFINITION, ProcessKeys.DIFFICULTY_REPORT, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    } else if (!name.equals(group.getName())) {
      group.setName(name);
      identity.saveGroup(group);
    }
  }

  private void ensureUser(Person person, String initialPassword) {
    User user = identity.createUserQuery().userId(person.getUsername()).singleResult();
    String fullName = person.getFullName().strip();
    int lastSpace = fullName.lastIndexOf(' ');
    String first = lastSpace > 0 ? fullName.substring(0, lastSpace) : fullName;
    String last = lastSpace > 0 ? fullName.substring(lastSpace + 1) : "";
    if (user == null) {
      user = identity.newUser(person.getUsername());
      if (initialPassword != null) {
        user.setPassword(initialPassword);
      }
    } else if (first.equals(user.getFirstName()) && last.equals(user.getLastName())
        && java.util.Objects.equals(person.getEmail(), user.getEmail())) {
      return;
    }
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(person.getEmail());
    identity.saveUser(user);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private record AuthTarget(String groupId, String userId) {
  }

  private static AuthTarget groupAuth(String groupId) {
    return new AuthTarget(groupId, null);
  }

  /** Grants the permissions, adding to an existing grant for the same target and resource. */
  void grant(AuthTarget target, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = existingGrant(target, resource, resourceId);
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      if (target.groupId() != null) {
        auth.setGroupId(target.groupId());
      } else {
        auth.setUserId(target.userId());
      }
    }
    Set<Permission> missing = new HashSet<>();
    for (Permission p : permissions) {
      if (!auth.isPermissionGranted(p)) {
        missing.add(p);
      }
    }
    if (auth.getId() != null && missing.isEmpty()) {
      return;
    }
    missing.forEach(auth::addPermission);
    authorizations.saveAuthorization(auth);
  }

  /** The target's grant on the resource, or null. */
  private Authorization existingGrant(AuthTarget target, Resource resource, String resourceId) {
    var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
        .authorizationType(AUTH_TYPE_GRANT);
    query = target.groupId() != null ? query.groupIdIn(target.groupId()) : query.userIdIn(target.userId());
    return query.singleResult();
  }

  /** Takes the permissions out of the target's grant on the resource, if it has them; idempotent. */
  void withdraw(AuthTarget target, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = existingGrant(target, resource, resourceId);
    if (auth == null) {
      return;
    }
    boolean changed = false;
    for (Permission p : permissions) {
      if (auth.isPermissionGranted(p)) {
        auth.removePermission(p);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }

  /** A global grant (every user), used for shared task filters. */
  void grantEveryone(Resource resource, String resourceId, Permission permission) {
    Authorization auth = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
        .authorizationType(AUTH_TYPE_GLOBAL).singleResult();
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      auth.setUserId(Authorization.ANY);
    } else if (auth.isPermissionGranted(permission)) {
      return;
    }
    auth.addPermission(permission);
    authorizations.saveAuthorization(auth);
  }

  void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(groupAuth(groupId), resource, resourceId, permissions);
  }
}
