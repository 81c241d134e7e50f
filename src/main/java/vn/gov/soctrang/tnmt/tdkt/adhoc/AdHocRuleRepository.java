package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdHocRuleRepository extends JpaRepository<AdHocRule, Long> {

  List<AdHocRule> findByKey(String key);
}
