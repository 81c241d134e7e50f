package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;

/**
 * Who may add and who may see evidence. Adding: only the people the task is for, while it is open. Seeing: whoever
 * uploaded the file, the people the task is (or was) for, the Office and the leadership, and, for a unit's work,
 * that unit's staff and head.
 */
final class EvidenceAccess {

  static final Set<String> OVERSIGHT = Set.of(CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP);

  private EvidenceAccess() {
  }

  public static boolean mayUpload(Viewer viewer, TaskFacts task) {
    return task.candidates().includes(viewer);
  }

  /** Whether the viewer may see every file of the task (not just their own uploads). */
  public static boolean maySeeTask(Viewer viewer, TaskFacts task) {
    return viewer.inAny(OVERSIGHT) || task.candidates().includes(viewer) || ofUnit(viewer, task.unitCode());
  }

  /** Whether the viewer may download one file; {@code candidates} of its task may be null if the task is gone. */
  public static boolean maySee(Viewer viewer, Evidence evidence, TaskCandidates candidates) {
    return viewer.userId().equals(evidence.getUploadedBy()) || viewer.inAny(OVERSIGHT)
        || ofUnit(viewer, evidence.getUnitCode()) || candidates != null && candidates.includes(viewer);
  }

  /** The whole year's evidence: the Office and the leadership. */
  public static boolean maySeeCycle(Viewer viewer) {
    return viewer.inAny(OVERSIGHT);
  }

  private static boolean ofUnit(Viewer viewer, String unitCode) {
    return unitCode != null && viewer.inAny(Set.of(CamundaGroups.staffGroup(unitCode),
        CamundaGroups.headGroup(unitCode)));
  }
}
