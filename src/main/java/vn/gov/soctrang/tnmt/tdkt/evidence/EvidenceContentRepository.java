package vn.gov.soctrang.tnmt.tdkt.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceContentRepository extends JpaRepository<EvidenceContent, Long> {
}
