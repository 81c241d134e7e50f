package vn.gov.soctrang.tnmt.tdkt.settings;

/** Settings the law or the province may change. Their values (with defaults) are rows in the setting table. */
public enum SettingKey {
  CYCLE_FIRST_YEAR("cycle.firstYear"),
  CYCLE_MAX_YEARS_AHEAD("cycle.maxYearsAhead"),
  FINAL_SUMMARY_YEAR("cycle.finalSummaryYear"),
  REPORT_DEADLINE_DAYS("report.deadlineDays"),
  REPORT_REMINDER_DAYS_BEFORE("report.reminderDaysBefore"),
  REPORT_RETURN_GRACE_DAYS("report.returnGraceDays"),
  CONSOLIDATION_WORKING_DAYS("consolidation.workingDays"),
  DIFFICULTY_ANSWER_WORKING_DAYS("difficulty.answerWorkingDays");

  private final String key;

  SettingKey(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
