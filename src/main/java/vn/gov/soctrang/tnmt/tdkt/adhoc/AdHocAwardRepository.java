package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdHocAwardRepository extends JpaRepository<AdHocAward, Long> {

  List<AdHocAward> findByNomineeKeyAndAchievementDate(String nomineeKey, LocalDate achievementDate);

  java.util.Optional<AdHocAward> findByProcessInstanceId(String processInstanceId);
}
