package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.util.Set;

/** Who a task is (or was) for: its assignee, its candidate users and its candidate groups. */
record TaskCandidates(String assignee, Set<String> users, Set<String> groups) {

  public TaskCandidates {
    users = users == null ? Set.of() : Set.copyOf(users);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  public boolean includes(Viewer viewer) {
    return viewer.userId().equals(assignee) || users.contains(viewer.userId()) || viewer.inAny(groups);
  }
}
