package vn.gov.soctrang.tnmt.tdkt.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One dated value of a setting: it applies from its date until a newer row for the same key. */
@Entity
@Table(name = "setting")
public class Setting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "setting_key", nullable = false)
  private String key;

  @Column(name = "setting_value", nullable = false)
  private String value;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  private String note;

  /**
   * A default the law leaves to the province or the Department, shipped with a customary value: the administrator
   * confirms it by recording the value of the provincial regulation (a new row, which is not flagged).
   */
  @Column(name = "to_confirm", nullable = false)
  private boolean toConfirm;

  protected Setting() {
  }

  public Setting(String key, String value, LocalDate effectiveFrom, String note) {
    this.key = key;
    this.value = value;
    this.effectiveFrom = effectiveFrom;
    this.note = note;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getNote() {
    return note;
  }

  public boolean isToConfirm() {
    return toConfirm;
  }
}
