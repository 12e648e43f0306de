package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.VIEW_BALANCE_DETAIL;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import eu.cohesion.panel.domain.balance.BalanceChange;
import eu.cohesion.panel.domain.balance.BalanceGap;
import eu.cohesion.panel.domain.balance.BalanceRules;
import eu.cohesion.panel.domain.balance.ChangeKind;
import eu.cohesion.panel.domain.balance.Disclosure;
import eu.cohesion.panel.domain.balance.GapKind;
import eu.cohesion.panel.service.balance.AssessedPanel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PanelBalance",
    description =
        "How well a panel's active seats meet the balance rules. Public; population-group counts"
            + " below 5 are null unless the caller may see the detail (VIEW_BALANCE_DETAIL: the"
            + " town's coordinators and network admins).")
public record PanelBalanceView(
    UUID panelId,
    @Schema(examples = "mechelen") String city,
    @Schema(
            description =
                "0–100: ⌊100 · mean of every rule criterion's fulfilment⌋; 100 exactly when there"
                    + " is no gap",
            examples = "85")
        int score,
    @Schema(description = "Active seats", examples = "18") int seats,
    @Schema(description = "The rules version the panel was measured against", examples = "1")
        int rulesVersion,
    @Schema(description = "Whether the group counts are complete (the caller may see detail)")
        boolean detailed,
    List<PillarBalance> pillars,
    List<GroupBalance> groups,
    @Schema(description = "What the panel lacks; empty when balanced") List<GapView> gaps,
    @Schema(description = "What the caller may do") List<PanelAction> allowedActions) {

  @Schema(name = "PillarBalance", description = "One pillar's seats against its band")
  public record PillarBalance(
      Pillar pillar,
      @Schema(examples = "4") int count,
      @Schema(description = "Percent, one decimal", examples = "22.2") BigDecimal sharePercent,
      @Schema(examples = "15") int minPercent,
      @Schema(examples = "40") int maxPercent) {}

  @Schema(name = "GroupBalance", description = "The consenting members who speak for one group")
  public record GroupBalance(
      PopulationGroup group,
      @Schema(nullable = true, description = "Null when below 5 and the caller sees no detail")
          Integer count,
      @Schema(description = "The count is below 5 (true whether or not it is shown)")
          boolean fewerThanFive,
      @Schema(nullable = true, description = "Percent of the seats; null when count is")
          BigDecimal sharePercent,
      @Schema(nullable = true, description = "The town's baseline share, percent")
          BigDecimal baselinePercent) {}

  @Schema(
      name = "BalanceGap",
      description =
          "A named gap: kind, the pillar or group it concerns, its figures and the smallest"
              + " changes that would each close it")
  public record GapView(
      GapKind kind,
      @Schema(nullable = true) Pillar pillar,
      @Schema(nullable = true) PopulationGroup group,
      @Schema(nullable = true, description = "Seats of the pillar or group; null when withheld")
          Integer count,
      int seats,
      @Schema(nullable = true, description = "count / seats in percent; null when withheld")
          BigDecimal sharePercent,
      @Schema(
              description =
                  "The bound missed: percent for shares, seats for PANEL_TOO_SMALL, 1 for"
                      + " GROUP_WITHOUT_VOICE")
          BigDecimal limit,
      List<ChangeView> changes) {}

  @Schema(name = "BalanceChange", description = "A smallest change that alone closes the gap")
  public record ChangeView(
      ChangeKind kind,
      @Schema(nullable = true) Pillar pillar,
      @Schema(nullable = true) PopulationGroup group,
      @Schema(nullable = true, description = "Seats; null when it would reveal a withheld count")
          Integer count) {}

  static PanelBalanceView of(AssessedPanel assessed, Actor actor) {
    String city = assessed.panel().cityCode();
    boolean detailed = PanelPermissions.TABLE.allows(VIEW_BALANCE_DETAIL, actor, city);
    BalanceAssessment assessment = assessed.assessment();
    BalanceRules rules = assessed.rules().rules();
    int seats = assessment.seats();
    List<PillarBalance> pillars =
        Arrays.stream(Pillar.values())
            .map(
                p ->
                    new PillarBalance(
                        p,
                        assessment.pillarCounts().get(p),
                        share(assessment.pillarCounts().get(p), seats),
                        rules.pillarMinPercent(),
                        rules.pillarMaxPercent()))
            .toList();
    List<GroupBalance> groups =
        Arrays.stream(PopulationGroup.values())
            .map(
                g -> {
                  int count = assessment.groupCounts().get(g);
                  Integer shown = detailed ? Integer.valueOf(count) : Disclosure.publicCount(count);
                  return new GroupBalance(
                      g,
                      shown,
                      count < Disclosure.MINIMUM_PUBLIC_COUNT,
                      shown == null ? null : share(count, seats),
                      assessed.baseline().shares().get(g));
                })
            .toList();
    List<GapView> gaps = assessment.gaps().stream().map(gap -> gap(gap, detailed)).toList();
    return new PanelBalanceView(
        assessed.panel().id(),
        city,
        assessment.score(),
        seats,
        assessed.rules().version(),
        detailed,
        pillars,
        groups,
        gaps,
        PanelPermissions.TABLE.allowedFor(actor, city, VIEW_BALANCE_DETAIL));
  }

  /**
   * A group gap's count, share and change sizes would give away a count below 5 (the seats and the
   * baseline are public), so the public gets the gap's kind and group only.
   */
  private static GapView gap(BalanceGap gap, boolean detailed) {
    boolean withheld =
        !detailed && gap.group() != null && Disclosure.publicCount(gap.count()) == null;
    return new GapView(
        gap.kind(),
        gap.pillar(),
        gap.group(),
        withheld ? null : gap.count(),
        gap.seats(),
        withheld ? null : gap.sharePercent(),
        gap.limit(),
        gap.changes().stream()
            .map(c -> change(c, withheld && gap.kind() != GapKind.GROUP_WITHOUT_VOICE))
            .toList());
  }

  private static ChangeView change(BalanceChange change, boolean withheld) {
    return new ChangeView(
        change.kind(), change.pillar(), change.group(), withheld ? null : change.count());
  }

  private static BigDecimal share(int count, int seats) {
    return seats == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(100L * count)
            .divide(BigDecimal.valueOf(seats), 1, RoundingMode.HALF_UP);
  }
}
