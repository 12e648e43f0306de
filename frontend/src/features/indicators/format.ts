import i18n from 'i18next';

/** A measured value in the reader's language, with up to four decimals as the service keeps them. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 4 }).format(value);
}
