package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The units' names over time, held in memory for one document: a unit is named as it was on a given date. */
public final class UnitNameHistory {

  private final Map<Long, List<UnitName>> byUnit;

  UnitNameHistory(List<UnitName> rowsInDateOrder) {
    this.byUnit = rowsInDateOrder.stream().collect(Collectors.groupingBy(UnitName::getUnitId));
  }

  /** The unit's name on that date (its current name when it was never renamed). */
  public String name(Unit unit, LocalDate date) {
    return rowOn(byUnit.getOrDefault(unit.getId(), List.of()), date).map(UnitName::getName).orElse(unit.getName());
  }

  /** The row in force on the date; before the first row, the first (the name before any recorded renaming). */
  static Optional<UnitName> rowOn(List<UnitName> rowsInDateOrder, LocalDate date) {
    if (rowsInDateOrder.isEmpty() || date == null) {
      return Optional.empty();
    }
    UnitName found = rowsInDateOrder.get(0);
    for (UnitName row : rowsInDateOrder) {
      if (!row.getValidFrom().isAfter(date)) {
        found = row;
      }
    }
    return Optional.of(found);
  }
}
