package vn.gov.soctrang.tnmt.tdkt.difficulty;

import org.springframework.data.jpa.repository.JpaRepository;

interface DifficultyReportRepository extends JpaRepository<DifficultyReport, Long> {
}
