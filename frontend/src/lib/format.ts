import i18n from 'i18next';

function locale(): string {
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}

/** A date and time in the reader's language and time zone; empty for none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A date in the reader's language; empty for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}

/** A whole number in the reader's language (grouping as that language writes it). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
