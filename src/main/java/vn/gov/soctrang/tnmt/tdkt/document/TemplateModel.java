package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What fills a template: single values by name, and lists of items, each item a map of its fields. */
final class TemplateModel {

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<Map<String, String>>> lists = new HashMap<>();

  public TemplateModel value(String name, String value) {
    values.put(name, value == null ? "" : value);
    return this;
  }

  public TemplateModel item(String list, Map<String, String> fields) {
    lists.computeIfAbsent(list, k -> new ArrayList<>()).add(fields);
    return this;
  }

  /** A list of single lines, each item's one field {@code dong}. */
  public TemplateModel lines(String list, List<String> lines) {
    lists.computeIfAbsent(list, k -> new ArrayList<>());
    for (String line : lines) {
      item(list, Map.of("dong", line));
    }
    return this;
  }

  /** A part of the template printed only when {@code condition} holds: a list of one item, or of none. */
  public TemplateModel when(String list, boolean condition, Map<String, String> fields) {
    lists.computeIfAbsent(list, k -> new ArrayList<>());
    if (condition) {
      item(list, fields);
    }
    return this;
  }

  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  public List<Map<String, String>> list(String name) {
    return lists.getOrDefault(name, List.of());
  }
}
