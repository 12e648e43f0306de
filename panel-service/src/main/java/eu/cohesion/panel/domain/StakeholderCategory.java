package eu.cohesion.panel.domain;

/** What a panel member stands for, as the network names it; each category has its pillar. */
public enum StakeholderCategory {
  CITIZEN(Pillar.CITIZENS),
  CITIZENS_ORGANISATION(Pillar.CITIZENS),
  NON_PROFIT_ORGANISATION(Pillar.CIVIL_SOCIETY),
  CIVIL_SOCIETY_ORGANISATION(Pillar.CIVIL_SOCIETY),
  EXPERT(Pillar.EXPERTISE),
  OFFICIAL(Pillar.PUBLIC_AUTHORITY),
  LOCAL_AUTHORITY(Pillar.PUBLIC_AUTHORITY);

  private final Pillar pillar;

  StakeholderCategory(Pillar pillar) {
    this.pillar = pillar;
  }

  public Pillar pillar() {
    return pillar;
  }
}
