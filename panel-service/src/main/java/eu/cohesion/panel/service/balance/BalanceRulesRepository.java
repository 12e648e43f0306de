package eu.cohesion.panel.service.balance;

import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BalanceRulesRepository implements PanacheRepositoryBase<BalanceRulesVersion, Integer> {

  /** The rules in force: the latest version (migration V20 writes version 1). */
  BalanceRulesVersion current() {
    return find("order by version desc").firstResult();
  }

  /** Every version, the newest first. */
  List<BalanceRulesVersion> history() {
    return listAll(Sort.descending("version"));
  }
}
