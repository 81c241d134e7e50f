package vn.gov.soctrang.tnmt.tdkt.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
 * the province changes. The records refuse a missing name or status and texts too long; the service checks the rest
(the kind, the year, the announcement's note).
 */
@RestController
@RequestMapping("/api")
class CalendarAdminController {

  private static final String NAME_MESSAGE = "Vui lòng nhập tên ngày nghỉ hoặc ngày làm bù (tối đa "
      + CalendarService.MAX_NAME + " ký tự).";
  private static final String NOTE_MESSAGE = "Ghi chú nguồn (văn bản công bố) tối đa " + CalendarService.MAX_NOTE
      + " ký tự.";

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
  record HolidayInput(
      @NotBlank(message = NAME_MESSAGE) @Size(max = CalendarService.MAX_NAME, message = NAME_MESSAGE) String name,
      String kind,
      @Size(max = CalendarService.MAX_NOTE, message = NOTE_MESSAGE) String note) {
  }

  /** Marks a year's days off announced (note: the announcement) or provisional: {"status": "...", "note": "..."}. */
  record YearMark(
      @NotBlank(message = "Vui lòng chọn trạng thái của năm: ANNOUNCED (đã công bố chính thức) hoặc PROVISIONAL (dự "
          + "kiến, chưa công bố).") String status,
      @Size(max = CalendarService.MAX_NOTE, message = NOTE_MESSAGE) String note) {
  }

  /** The year's days off and make-up working days, and whether the Government has announced them yet. */
  @GetMapping("/holidays/{year}")
  public YearCalendarView holidays(@PathVariable int year) {
    return view(calendar.calendarOf(year));
  }

  @PutMapping("/admin/holidays/{date}")
  public HolidayView saveHoliday(@PathVariable String date, @Valid @RequestBody HolidayInput body) {
    return view(calendar.saveHoliday(LocalDate.parse(date), body.name(), body.kind(), body.note()));
  }

  @DeleteMapping("/admin/holidays/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void removeHoliday(@PathVariable String date) {
    calendar.removeHoliday(LocalDate.parse(date));
  }

  @PutMapping("/admin/calendar-years/{year}")
  public YearCalendarView markYear(@PathVariable int year, @Valid @RequestBody YearMark body) {
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
