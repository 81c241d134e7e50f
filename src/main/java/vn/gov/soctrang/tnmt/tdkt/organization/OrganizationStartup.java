package vn.gov.soctrang.tnmt.tdkt.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;

/**
 * At start: seed an empty database, check the administrator password, mirror the organisation into Camunda, set up
 * Tasklist's filters (the indexes their queries need on PostgreSQL are Flyway's: engine/TaskQueryIndexMigration).
 */
@Component
@Order(0)
class OrganizationStartup implements ApplicationRunner {

  private final TdktProperties properties;
  private final OrganizationSeeder seeder;
  private final IdentitySyncService identitySync;
  private final TaskFilterSetup filterSetup;
  private final AdminPasswordPolicy adminPasswordPolicy;

  public OrganizationStartup(TdktProperties properties, OrganizationSeeder seeder, IdentitySyncService identitySync,
      TaskFilterSetup filterSetup, AdminPasswordPolicy adminPasswordPolicy) {
    this.properties = properties;
    this.seeder = seeder;
    this.identitySync = identitySync;
    this.filterSetup = filterSetup;
    this.adminPasswordPolicy = adminPasswordPolicy;
  }

  @Override
  public void run(ApplicationArguments args) {
    TdktProperties.Admin admin = properties.admin();
    adminPasswordPolicy.check(admin);
    if (properties.seed().organization()) {
      seeder.seedOrganization();
    }
    seeder.seedIssuingBody(properties.letterhead());
    if (properties.seed().demoHistory()) {
      seeder.seedDemoIssuingBodies();
    }
    String demoPassword = properties.seed().demoPeople() ? seeder.seedDemoPeople() : null;
    identitySync.ensureAdmin(admin.username(), admin.password());
    identitySync.syncAll(demoPassword);
    filterSetup.ensureFilters();
  }
}
