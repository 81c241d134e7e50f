package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BallotIssueRepository extends JpaRepository<BallotIssue, Long> {

  Optional<BallotIssue> findByTaskId(String taskId);
}
