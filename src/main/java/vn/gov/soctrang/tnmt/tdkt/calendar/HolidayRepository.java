package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The dated rows of the office calendar: days off and make-up working days alike. */
interface HolidayRepository extends JpaRepository<Holiday, Long> {

  List<Holiday> findByDateBetween(LocalDate from, LocalDate to);

  Optional<Holiday> findByDate(LocalDate date);
}
