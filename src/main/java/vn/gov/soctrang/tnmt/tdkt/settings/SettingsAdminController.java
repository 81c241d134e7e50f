package vn.gov.soctrang.tnmt.tdkt.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Dated settings (deadlines, quorum, thresholds, …), which the law or the province changes. The office calendar is
 * the calendar module's ({@code calendar/CalendarAdminController}).
 */
@RestController
@RequestMapping("/api")
class SettingsAdminController {

  private final SettingsService settings;

  SettingsAdminController(SettingsService settings) {
    this.settings = settings;
  }

  /** A value from a date on; {@code choices} only for a setting that takes one of a few values. */
  record SettingView(String key, String label, String value, String effectiveFrom, String note, boolean toConfirm,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> choices) {
  }

  /**
   * A new value from a date on: {"key": "...", "value": "...", "effectiveFrom": "YYYY-MM-DD", "note": "..."}. The
   * service checks the rest (key known, value valid for it, date not before today).
   */
  record SettingChange(
      @NotBlank(message = "Vui lòng chọn tham số cần thay đổi (key).") String key,
      String value,
      String effectiveFrom,
      @Size(max = SettingsService.NOTE_MAX_LENGTH,
          message = "Ghi chú không được dài quá " + SettingsService.NOTE_MAX_LENGTH + " ký tự.") String note) {
  }

  /** The values in force today; anyone logged in may read them, so staff know their deadlines. */
  @GetMapping("/settings")
  public List<SettingView> inForce() {
    return settings.inForce().stream().map(SettingsAdminController::view).toList();
  }

  @GetMapping("/settings/{key}/history")
  public List<SettingView> history(@PathVariable String key) {
    SettingKey settingKey = SettingKey.byKey(key).orElseThrow(() ->
        new InvalidInputException("Không có tham số «" + key + "»."));
    return settings.history(settingKey).stream().map(SettingsAdminController::view).toList();
  }

  @PostMapping("/admin/settings")
  @ResponseStatus(HttpStatus.CREATED)
  public SettingView change(@Valid @RequestBody SettingChange body) {
    String from = body.effectiveFrom();
    return view(settings.change(body.key(), body.value(), from == null ? null : LocalDate.parse(from), body.note()));
  }

  private static SettingView view(Setting s) {
    List<String> choices = SettingKey.byKey(s.getKey()).map(SettingKey::choices).filter(c -> !c.isEmpty())
        .orElse(null);
    return new SettingView(s.getKey(), SettingKey.byKey(s.getKey()).map(SettingKey::label).orElse(s.getKey()),
        s.getValue(), s.getEffectiveFrom().toString(), s.getNote(), s.isToConfirm(), choices);
  }
}
