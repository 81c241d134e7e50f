package vn.gov.soctrang.tnmt.tdkt.titles;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TitleRunRepository extends JpaRepository<TitleRun, Long> {

  Optional<TitleRun> findByYear(int year);
}
