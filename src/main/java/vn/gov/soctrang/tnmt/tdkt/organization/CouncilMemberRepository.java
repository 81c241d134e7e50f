package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

  /** Every seat with its person, the person's unit and roles, in one statement (not one more per member). */
  @Override
  @EntityGraph(attributePaths = {"person", "person.unit", "person.roles"})
  List<CouncilMember> findAll();
}
