package vn.gov.soctrang.tnmt.tdkt.organization;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Administrative level of a locality. Until 30/06/2025 local government had three tiers (province, district,
 * commune); from 01/07/2025 it has two (province; xã, phường, đặc khu). Which places existed when is data (each
 * locality's validity dates), not this list: the list only names the levels a place can have.
 */
public enum LocalityKind {

  /** Tỉnh, thành phố trực thuộc trung ương. */
  PROVINCE(1, "Tỉnh, thành phố trực thuộc trung ương", "tỉnh", "thành phố trực thuộc trung ương"),
  /** Huyện, quận, thị xã, thành phố thuộc tỉnh (until 30/06/2025). */
  DISTRICT(2, "Huyện, quận, thị xã, thành phố thuộc tỉnh", "huyện", "quận", "thị xã", "thành phố thuộc tỉnh"),
  COMMUNE(3, "Xã", "xã"),
  WARD(3, "Phường", "phường"),
  /** Thị trấn (until 30/06/2025). */
  TOWNSHIP(3, "Thị trấn", "thị trấn"),
  SPECIAL_ZONE(3, "Đặc khu", "đặc khu");

  private final int tier;
  private final String label;
  private final List<String> words;

  LocalityKind(int tier, String label, String... words) {
    this.tier = tier;
    this.label = label;
    this.words = List.of(words);
  }

  /** 1 for the province level, 2 for the district level, 3 for the commune level. */
  public int tier() {
    return tier;
  }

  /** What users read, e.g. «Phường». */
  public String label() {
    return label;
  }

  /** Whether a place of this level may be the parent of one of {@code child}'s level. */
  public boolean mayContain(LocalityKind child) {
    return child.tier > tier;
  }

  /**
   * Whether a unit may register to support a place of this level: a district or a commune-level place, not a whole
   * province.
   */
  public boolean supportable() {
    return tier > 1;
  }

  /**
   * Reads a level as an administrator writes it in a file: the code ({@code WARD}) or the Vietnamese word, with or
   * without diacritics and in any case («phường», «Phuong», «thị xã», «đặc khu»).
   */
  public static Optional<LocalityKind> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = fold(text);
    for (LocalityKind kind : values()) {
      if (fold(kind.name()).equals(key) || kind.words.stream().anyMatch(w -> fold(w).equals(key))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Lower case, no diacritics (đ as d), letters and digits only: «Mã cấp trên» and «ma_cap_tren» read alike. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip().toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("[^a-z0-9]", "");
  }
}
