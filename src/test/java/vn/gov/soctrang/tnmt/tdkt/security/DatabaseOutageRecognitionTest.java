package vn.gov.soctrang.tnmt.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** Which errors count as "the database cannot be reached" (503) and which stay what they are. */
class DatabaseOutageRecognitionTest {

  @Test
  void aLostOrUnobtainableConnectionIsAnOutageWhateverWrapsIt() {
    SQLException refused = new SQLException("Connection to db:5432 refused", "08001");
    assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001", refused))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new ProcessEngineException("persistence",
        new RuntimeException(new SQLException("An I/O error occurred while sending to the backend", "08006")))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command",
        "57P01"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException("Unable to rollback against JDBC Connection",
        new SQLException("Connection is closed")))).as("the pool's closed proxy").isTrue();
  }

  @Test
  void otherDatabaseErrorsAndRefusalsAreNot() {
    assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
        new SQLIntegrityConstraintViolationException("duplicate key value", "23505")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new ProcessEngineException("deadlock",
        new SQLException("deadlock detected", "40P01")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("Connection is closed", "42000"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new InvalidInputException("Vui lòng nhập năm"))).isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
  }
}
