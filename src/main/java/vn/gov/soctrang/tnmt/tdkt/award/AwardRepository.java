package vn.gov.soctrang.tnmt.tdkt.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardRepository extends JpaRepository<Award, Long> {

  /** Who already holds an award in the cycle (their nominee keys). */
  @Query("select a.nomineeKey from Award a where a.cycleId = :cycleId")
  List<String> nomineeKeysOf(@Param("cycleId") Long cycleId);

  List<Award> findByYearOrderByIdAsc(int year);

  /** The last register number given in a year (0 when none). */
  @Query("select coalesce(max(a.registerNumber), 0) from Award a where a.year = :year")
  int lastRegisterNumber(@Param("year") int year);

  List<Award> findAllByOrderByYearDescIdAsc();

  /** The awards of some nominees before a year, for the standards of a later award. */
  List<Award> findByNomineeKeyInAndYearLessThan(java.util.Collection<String> nomineeKeys, int year);
}
