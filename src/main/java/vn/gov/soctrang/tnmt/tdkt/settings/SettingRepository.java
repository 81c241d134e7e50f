package vn.gov.soctrang.tnmt.tdkt.settings;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SettingRepository extends JpaRepository<Setting, Long> {

  Optional<Setting> findFirstByKeyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(String key, LocalDate date);

  Optional<Setting> findByKeyAndEffectiveFrom(String key, LocalDate date);

  /** Every value of these settings that took effect on or before the date (the one in force is the latest). */
  java.util.List<Setting> findByKeyInAndEffectiveFromLessThanEqual(java.util.Collection<String> keys, LocalDate date);

  java.util.List<Setting> findByKeyOrderByEffectiveFromDesc(String key);
}
