package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

  Optional<Person> findByUsername(String username);

  List<Person> findByUnitAndActiveTrueOrderByFullNameAsc(Unit unit);

  List<Person> findByActiveTrue();
}
