package eu.cohesion.panel.privacy;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Links a member to a Keycloak user the way the member record keeps it, without asking Keycloak
 * (linking through the API looks the user up there; these tests are about what follows).
 */
@ApplicationScoped
public class TestAccountLinks {

  private final SqlProbe sql;

  TestAccountLinks(AgroalDataSource dataSource) {
    this.sql = new SqlProbe(dataSource);
  }

  public void link(UUID memberId, UUID keycloakUserId) {
    sql.update(
        "update panel_member set keycloak_user_id = ? where id = ?", keycloakUserId, memberId);
  }
}
