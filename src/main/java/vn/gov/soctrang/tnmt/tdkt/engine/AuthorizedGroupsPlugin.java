package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authorization check the engine's look-up of «which groups have any grant at all».
 *
 * <p>Before each command that checks an authorization, Camunda reads {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION} and keeps only the caller's groups found there, so that a user of hundreds of directory
 * groups does not send them all into every query. Here a user has a handful of groups, while the table holds a grant
 * per open task for its candidate group (24,000 rows at 20,000 open tasks): that statement read the whole table
 * three times per Tasklist request (about 13 ms each). The caller's groups are used as they are instead. The result
 * of every check is the same: a group without grants matches no row of {@code GROUP_ID_ IN (…)}, so leaving it in
 * grants nothing and revokes nothing.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new CallerGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, with the caller's groups taken as they are. */
  static class CallerGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        // The engine's own empty list: MyBatis calls size() on it by reflection.
        return EMPTY_LIST;
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
          .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }
  }
}
