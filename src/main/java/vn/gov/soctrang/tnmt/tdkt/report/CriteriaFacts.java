package vn.gov.soctrang.tnmt.tdkt.report;

import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;

/** What the movement's criteria look at for one nomination. */
record CriteriaFacts(NomineeType nomineeType, boolean underDiscipline, boolean guidanceOnTime,
    boolean propagandaDone, boolean localitySupported, boolean tasksCompleted, boolean hasInitiative) {
}
