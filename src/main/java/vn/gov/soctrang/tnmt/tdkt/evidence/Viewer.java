package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.util.Set;

/** Who is asking: the logged-in Camunda user and their groups. */
record Viewer(String userId, Set<String> groups) {

  public Viewer {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  public boolean inAny(Set<String> wanted) {
    return groups.stream().anyMatch(wanted::contains);
  }
}
