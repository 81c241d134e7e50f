package vn.gov.soctrang.tnmt.tdkt.web;


import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.calendar.Holiday;
import vn.gov.soctrang.tnmt.tdkt.calendar.YearCalendar;
import vn.gov.soctrang.tnmt.tdkt.settings.Setting;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;

/**
 * Dated settings (deadlines, quorum, thresholds, …) and the office calendar per year (days off, make-up working days,
 * whether the year is announced), which the law or the province changes.
 */
@RestController
@RequestMapping("/api")
public class SettingsAdminController {

  private final SettingsService settings;
  private final CalendarService calendar;

  public SettingsAdminController(SettingsService settings, CalendarService calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  /** The values in force today; anyone logged in may read them, so staff know their deadlines. */
  @GetMapping("/settings")
  public List<Map<String, Object>> inForce() {
    return settings.inForce().stream().map(SettingsAdminController::view).toList();
  }

  @GetMapping("/settings/{key}/history")
  public List<Map<String, Object>> history(@PathVariable String key) {
    SettingKey settingKey = SettingKey.byKey(key).orElseThrow(() ->
        new vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException("Không có tham số «" + key + "»."));
    return settings.history(settingKey).stream().map(SettingsAdminController::view).toList();
  }

  /** A new value from a date on: {"key": "...", "value": "...", "effectiveFrom": "YYYY-MM-DD", "note": "..."}. */
  @PostMapping("/admin/settings")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> change(@RequestBody Map<String, String> body) {
    String from = body.get("effectiveFrom");
    return view(settings.change(body.get("key"), body.get("value"), from == null ? null : LocalDate.parse(from),
        body.get("note")));
  }

  /** The year's days off and make-up working days, and whether the Government has announced them yet. */
  @GetMapping("/holidays/{year}")
  public Map<String, Object> holidays(@PathVariable int year) {
    return view(calendar.calendarOf(year));
  }

  /**
   * A day off or a make-up working day: {"name": "...", "kind": "DAY_OFF" | "WORKING_DAY", "note": "source"}; kind
   * and note left out keep what the row has (a new row is a day off).
   */
  @PutMapping("/admin/holidays/{date}")
  public Map<String, Object> saveHoliday(@PathVariable String date, @RequestBody Map<String, String> body) {
    return view(calendar.saveHoliday(LocalDate.parse(date), body.get("name"), body.get("kind"), body.get("note")));
  }

  @DeleteMapping("/admin/holidays/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void removeHoliday(@PathVariable String date) {
    calendar.removeHoliday(LocalDate.parse(date));
  }

  /** Marks a year's days off announced (note: the announcement) or provisional: {"status": "...", "note": "..."}. */
  @PutMapping("/admin/calendar-years/{year}")
  public Map<String, Object> markYear(@PathVariable int year, @RequestBody Map<String, String> body) {
    return view(calendar.markYear(year, body.get("status"), body.get("note")));
  }

  private static Map<String, Object> view(Setting s) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("key", s.getKey());
    v.put("label", SettingKey.byKey(s.getKey()).map(SettingKey::label).orElse(s.getKey()));
    v.put("value", s.getValue());
    v.put("effectiveFrom", s.getEffectiveFrom().toString());
    v.put("note", s.getNote());
    v.put("toConfirm", s.isToConfirm());
    SettingKey.byKey(s.getKey()).map(SettingKey::choices).filter(c -> !c.isEmpty())
        .ifPresent(c -> v.put("choices", c));
    return v;
  }

  private static Map<String, Object> view(Holiday h) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("date", h.getDate().toString());
    v.put("name", h.getName());
    v.put("kind", h.getKind().name());
    v.put("kindLabel", h.getKind().label());
    v.put("note", h.getNote());
    return v;
  }

  private static Map<String, Object> view(YearCalendar c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("year", c.year());
    v.put("status", c.status().name());
    v.put("statusLabel", c.status().label());
    v.put("provisional", c.provisional());
    v.put("note", c.note());
    v.put("days", c.days().stream().map(SettingsAdminController::view).toList());
    return v;
  }
}
