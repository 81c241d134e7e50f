package vn.gov.soctrang.tnmt.tdkt.evidence;

/**
 * What evidence needs to know about a user task, open or finished.
 *
 * @param unitCode the unit whose work the task is (its process's {@code unitCode}), or null
 * @param open whether the task is still waiting to be done (only then may evidence be added)
 */
record TaskFacts(String id, String name, String processInstanceId, String businessKey, String definitionKey,
    String unitCode, boolean open, TaskCandidates candidates) {
}
