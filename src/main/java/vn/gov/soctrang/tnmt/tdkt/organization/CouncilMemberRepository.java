package vn.gov.soctrang.tnmt.tdkt.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {
}
