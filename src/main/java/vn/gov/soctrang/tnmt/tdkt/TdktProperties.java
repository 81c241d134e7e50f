package vn.gov.soctrang.tnmt.tdkt;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings (not business rules: those are dated settings in the database).
 *
 * @param zone the Department's time zone, for deadlines and dates shown to users
 * @param publicUrl the address users reach the app at, for links in messages
 * @param admin the administrator account created at start-up
 * @param seed what is loaded into an empty database
 * @param letterhead the issuing body's first names, for an empty database only (tdkt.letterhead.*; afterwards the
 *     administrator enters each reorganisation as a dated row, see OrganizationHistoryService)
 */
@ConfigurationProperties(prefix = "tdkt")
public record TdktProperties(ZoneId zone, String publicUrl, Admin admin, Seed seed,
    Letterhead letterhead) {

  /** The zone when {@code tdkt.zone} is not set: Vietnam's (UTC+7, no daylight saving time). */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public TdktProperties {
    zone = zone == null ? DEFAULT_ZONE : zone;
    publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl;
    admin = admin == null ? new Admin(null, null) : admin;
    seed = seed == null ? new Seed(true, false, false) : seed;
  }

  /**
   * The issuing body's names for an empty database (tdkt.letterhead.superior, .name, .short-symbol, .place,
   * .director-title): the superior body, the Department, its symbol in document numbers, where it signs, who signs.
   */
  public record Letterhead(String superior, String name, String shortSymbol, String place, String directorTitle) {
  }

  /** @param username Camunda id of the administrator; @param password must be set and not a default in prod. */
  public record Admin(String username, String password) {
    public Admin {
      username = username == null || username.isBlank() ? "admin" : username;
    }
  }

  /**
   * @param organization load units and localities into an empty database
   * @param demoPeople load the demo accounts (every password "demo"): never in production
   */
  /**
   * @param organization units and localities into an empty database
   * @param demoPeople the demo accounts and Council
   * @param demoHistory the demo organisation's later names (seed/demo-issuing-bodies.json: the 2025 merger of the
   *     Department and of the province), added once after the first issuing body
   */
  public record Seed(boolean organization, boolean demoPeople, boolean demoHistory) {
  }
}
