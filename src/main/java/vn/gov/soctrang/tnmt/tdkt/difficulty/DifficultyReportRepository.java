package vn.gov.soctrang.tnmt.tdkt.difficulty;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DifficultyReportRepository extends JpaRepository<DifficultyReport, Long> {
}
