package vn.gov.soctrang.tnmt.tdkt.movement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MovementCriterionRepository extends JpaRepository<MovementCriterion, Long> {

  List<MovementCriterion> findByMovementIdOrderByPositionAscValidFromAsc(long movementId);
}
