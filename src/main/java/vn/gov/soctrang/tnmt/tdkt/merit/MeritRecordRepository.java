package vn.gov.soctrang.tnmt.tdkt.merit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeritRecordRepository extends JpaRepository<MeritRecord, Long> {

  List<MeritRecord> findByNomineeKeyOrderByYearAscIdAsc(String nomineeKey);

  List<MeritRecord> findByNomineeKeyInOrderByYearAscIdAsc(Collection<String> nomineeKeys);

  List<MeritRecord> findByYearOrderByNomineeNameAscIdAsc(int year);

  boolean existsByNomineeKeyAndYearAndCode(String nomineeKey, int year, MeritCode code);
}
