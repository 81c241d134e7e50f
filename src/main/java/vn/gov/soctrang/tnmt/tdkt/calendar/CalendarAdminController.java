package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office calendar per year (days off, make-up working days, whether the year is announced), which the law or
 * the province changes. The service checks every body, all problems together.
 */
@RestController
@RequestMapping("/api")
class CalendarAdminController {

  private final CalendarService calendar;

  CalendarAdminController(CalendarService calendar) {
    this.calendar = calendar;
  }

  record HolidayView(String date, String name, String kind, String kindLabel, String note) {
  }

  record YearCalendarView(int year, String status, String statusLabel, boolean provisional, String note,
      List<HolidayView> days) {
  }

  /**
   * A day off or a make-up working day: {"name": "...", "kind": "DAY_OFF" | "WORKING_DAY", "note": "source"}; kind
   * and note left out keep what the row has (a new row is a day off).
   */
  record HolidayInput(String name, String kind, String note) {
  }

  /** Marks a year's days off announced (note: the announcement) or provisional: {"status": "...", "note": "..."}. */
  record YearMark(String status, String note) {
  }

  /** The year's days off and make-up working days, and whether the Government has announced them yet. */
  @GetMapping("/holidays/{year}")
  public YearCalendarView holidays(@PathVariable int year) {
    return view(calendar.calendarOf(year));
  }

  @PutMapping("/admin/holidays/{date}")
  public HolidayView saveHoliday(@PathVariable String date, @RequestBody HolidayInput body) {
    return view(calendar.saveHoliday(LocalDate.parse(date), body.name(), body.kind(), body.note()));
  }

  @DeleteMapping("/admin/holidays/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void removeHoliday(@PathVariable String date) {
    calendar.removeHoliday(LocalDate.parse(date));
  }

  @PutMapping("/admin/calendar-years/{year}")
  public YearCalendarView markYear(@PathVariable int year, @RequestBody YearMark body) {
    return view(calendar.markYear(year, body.status(), body.note()));
  }

  private static HolidayView view(Holiday h) {
    return new HolidayView(h.getDate().toString(), h.getName(), h.getKind().name(), h.getKind().label(),
        h.getNote());
  }

  private static YearCalendarView view(YearCalendar c) {
    return new YearCalendarView(c.year(), c.status().name(), c.status().label(), c.provisional(), c.note(),
        c.days().stream().map(CalendarAdminController::view).toList());
  }
}
