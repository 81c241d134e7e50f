package vn.gov.soctrang.tnmt.tdkt.titles;

import org.springframework.data.jpa.repository.JpaRepository;

interface TitleStandardRepository extends JpaRepository<TitleStandard, Long> {
}
