package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

  List<CalendarYear> findByYearIn(Collection<Integer> years);
}
