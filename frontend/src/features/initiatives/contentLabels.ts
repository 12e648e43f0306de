import type { TFunction } from 'i18next';
import { TARGET_GROUPS, THEMES } from '../../api/types';

type KnownTheme = (typeof THEMES)[number];
type KnownGroup = (typeof TARGET_GROUPS)[number];

/** The label of a theme; an unknown value (a newer service) is shown as it is. */
export function themeLabel(t: TFunction, theme: string): string {
  return (THEMES as readonly string[]).includes(theme) ? t(`initiativeContent.theme.${theme as KnownTheme}`) : theme;
}

/** The label of a target population group; an unknown value is shown as it is. */
export function groupLabel(t: TFunction, group: string): string {
  return (TARGET_GROUPS as readonly string[]).includes(group)
    ? t(`initiativeContent.group.${group as KnownGroup}`)
    : group;
}

/** A budget in the page's language, e.g. "€12,500.00". */
export function formatBudget(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
