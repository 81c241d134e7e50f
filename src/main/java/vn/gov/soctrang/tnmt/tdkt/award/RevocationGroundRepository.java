package vn.gov.soctrang.tnmt.tdkt.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevocationGroundRepository extends JpaRepository<RevocationGround, Long> {

  List<RevocationGround> findAllByOrderByPositionAscValidFromAsc();
}
