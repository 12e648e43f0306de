package eu.cohesion.initiative.domain;

/**
 * What a caller can ask of the initiative service; each is a row of {@link InitiativePermissions}.
 */
public enum InitiativeAction {
  VIEW_INITIATIVES,
  CREATE_INITIATIVE,
  CHANGE_STATUS
}
