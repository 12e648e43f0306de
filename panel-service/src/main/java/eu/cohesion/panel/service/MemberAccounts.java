package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.INVITE_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.LINK_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.SEARCH_MEMBER_ACCOUNTS;
import static eu.cohesion.panel.domain.PanelAction.UNLINK_MEMBER_ACCOUNT;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.keycloak.Invitation;
import eu.cohesion.kit.keycloak.RealmUser;
import eu.cohesion.kit.keycloak.RealmUsers;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.MemberAccountRules;
import eu.cohesion.panel.domain.MemberLeftException;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.events.MemberChanged;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's link to a Keycloak account of realm cohesion, so the person signs in as {@code
 * panel-member}: the coordinator searches the town's accounts and picks one, or invites the person
 * by e-mail (Keycloak creates the account and sends the link to set a password). Keycloak is asked
 * only after the permission and If-Match checks passed, inside the change's transaction: a refused
 * or failed request changes nothing here, and a failed invitation leaves no account behind. Each
 * change announces {@code member-changed} with the account id and is audited.
 */
@ApplicationScoped
public class MemberAccounts {

  /** How many of the town's accounts a search returns at most. */
  public static final int MAX_CANDIDATES = 20;

  private static final String SUBJECT_KIND = "panel-member";

  private final PanelRepository panels;
  private final PanelMemberRepository members;
  private final RealmUsers realmUsers;
  private final ChangeGate gate;
  private final Event<PersonalDataAccessed> personalData;
  private final String invitationClientId;
  private final String invitationRedirectUri;

  MemberAccounts(
      PanelRepository panels,
      PanelMemberRepository members,
      RealmUsers realmUsers,
      ChangeGate gate,
      Event<PersonalDataAccessed> personalData,
      @ConfigProperty(
              name = "cohesion.accounts.invitation-client-id",
              defaultValue = "cohesion-web")
          String invitationClientId,
      @ConfigProperty(
              name = "cohesion.accounts.invitation-redirect-uri",
              defaultValue = "http://127.0.0.1:3000/")
          String invitationRedirectUri) {
    this.panels = panels;
    this.members = members;
    this.realmUsers = realmUsers;
    this.gate = gate;
    this.personalData = personalData;
    this.invitationClientId = invitationClientId;
    this.invitationRedirectUri = invitationRedirectUri;
  }

  /**
   * The accounts of the panel's town matching the query (username, e-mail, names), for linking the
   * member; audited as a view of personal data.
   */
  @Transactional
  public List<RealmUser> candidates(Actor actor, UUID panelId, UUID memberId, String query) {
    Panel panel = panel(panelId);
    PanelMember member = member(panelId, memberId);
    PanelPermissions.TABLE.require(
        SEARCH_MEMBER_ACCOUNTS, actor, panel.cityCode(), "you may not search this town's accounts");
    // Keycloak cannot filter a search by attribute: ask for a full page, keep the town's.
    List<RealmUser> found =
        realmUsers.search(query, 100).stream()
            .filter(user -> panel.cityCode().equals(user.city()))
            .limit(MAX_CANDIDATES)
            .toList();
    personalData.fire(
        new PersonalDataAccessed(
            actor.subject(),
            Access.VIEWED,
            SUBJECT_KIND,
            member.id(),
            "accounts of the town searched for a link (" + found.size() + " shown)"));
    return found;
  }

  /**
   * Links the member to an existing account of the town. Refused: unknown account or one of another
   * town (422), an account linked to another member still in the panel (409), a member who left
   * (422).
   */
  @Transactional
  public MemberInPanel link(Actor actor, UUID panelId, UUID memberId, AccountLink link) {
    return change(
        actor,
        panelId,
        memberId,
        LINK_MEMBER_ACCOUNT,
        "link accounts of members",
        link.expectedVersion(),
        (member, now) -> {
          if (link.keycloakUserId().equals(member.member().keycloakUserId())) {
            return List.of();
          }
          RealmUser user =
              realmUsers
                  .find(link.keycloakUserId().toString())
                  .orElseThrow(() -> new UnknownAccountException(link.keycloakUserId().toString()));
          MemberAccountRules.requireAccountOfTown(user.city(), member.cityCode());
          MemberAccountRules.requireNotLinkedElsewhere(
              member.id(), members.activeMemberIdsOfAccount(panelId, link.keycloakUserId()));
          member.member().linkAccount(link.keycloakUserId(), now);
          return announced(actor, member, "account linked");
        });
  }

  /** Removes the member's link; the account itself stays in Keycloak. */
  @Transactional
  public MemberInPanel unlink(Actor actor, UUID panelId, UUID memberId, Long expectedVersion) {
    return change(
        actor,
        panelId,
        memberId,
        UNLINK_MEMBER_ACCOUNT,
        "unlink accounts of members",
        expectedVersion,
        (member, now) -> {
          if (member.member().keycloakUserId() == null) {
            return List.of();
          }
          member.member().linkAccount(null, now);
          return announced(actor, member, "account unlinked");
        });
  }

  /**
   * Creates a {@code panel-member} account of the panel's town with the e-mail address and names
   * given, has Keycloak send the invitation e-mail and links the member to it. Refused: an address
   * Keycloak knows already (409: link that account instead), a member who left (422), Keycloak down
   * (503).
   */
  @Transactional
  public MemberInPanel invite(
      Actor actor, UUID panelId, UUID memberId, AccountInvitation invitation) {
    return change(
        actor,
        panelId,
        memberId,
        INVITE_MEMBER_ACCOUNT,
        "invite members",
        invitation.expectedVersion(),
        (member, now) -> {
          if (!member.member().isActive()) {
            // Before Keycloak creates anything.
            throw new MemberLeftException("invite them");
          }
          String userId =
              realmUsers.invite(
                  new Invitation(
                      invitation.email().strip(),
                      invitation.firstName().strip(),
                      invitation.lastName().strip(),
                      MemberAccountRules.INVITED_ROLE,
                      member.cityCode(),
                      invitationRedirectUri,
                      invitationClientId));
          member.member().linkAccount(UUID.fromString(userId), now);
          return announced(actor, member, "account invited by e-mail");
        });
  }

  private List<? extends PublishedEvent> announced(Actor actor, MemberInPanel member, String what) {
    personalData.fire(
        new PersonalDataAccessed(
            actor.subject(), Access.CHANGED, SUBJECT_KIND, member.member().id(), what));
    return List.of(MemberChanged.of(member.panel(), member.member()));
  }

  private MemberInPanel change(
      Actor actor,
      UUID panelId,
      UUID memberId,
      PanelAction action,
      String doing,
      Long expectedVersion,
      BiFunction<MemberInPanel, Instant, List<? extends PublishedEvent>> mutation) {
    Panel panel = panel(panelId);
    return gate.load(
            "member",
            memberId,
            members.findInPanel(panelId, memberId).map(m -> new MemberInPanel(panel, m)))
        .permit(PanelPermissions.TABLE, action, actor, doing)
        .ifMatch(expectedVersion)
        .apply(mutation);
  }

  private Panel panel(UUID panelId) {
    return panels
        .findByIdOptional(panelId)
        .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
  }

  private PanelMember member(UUID panelId, UUID memberId) {
    return members
        .findInPanel(panelId, memberId)
        .orElseThrow(() -> new ResourceNotFoundException("member", memberId));
  }
}
