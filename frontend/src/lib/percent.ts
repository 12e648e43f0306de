import i18n from 'i18next';

/**
 * A percentage (0–100, as the services send shares) in the reader's language, e.g. "48 %" in
 * German or "48%" in English, with at most one decimal.
 */
export function formatPercent(value: number): string {
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
