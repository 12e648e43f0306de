/** The standard features' values, in the order the forms offer them (the services' enums). */
export const CATEGORIES = [
  'CITIZEN',
  'CITIZENS_ORGANISATION',
  'NON_PROFIT_ORGANISATION',
  'CIVIL_SOCIETY_ORGANISATION',
  'EXPERT',
  'OFFICIAL',
  'LOCAL_AUTHORITY',
] as const;

export const POPULATION_GROUPS = ['NATIVE', 'EXPAT', 'NEWLY_ARRIVED_MIGRANT', 'PRECARIOUS_OR_VULNERABLE'] as const;

/** A probability as a percentage with one decimal, in the reader's language. */
export function percent(p: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(p);
}
