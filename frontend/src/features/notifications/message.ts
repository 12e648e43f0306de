import { useTranslation } from 'react-i18next';
import { cityName, useCities } from '../../lib/cities';
import type { Notification } from './api';

/** Instants in the reader's language and time zone; dates (review-again) as they are written. */
function readable(value: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A notification's text in the reader's language, from its kind and parameters. */
export function useNotificationText(): (notification: Notification) => string {
  const { t, i18n } = useTranslation();
  const cities = useCities();
  return (notification) => {
    const { city = '', closesAt = '', reviewAgainOn = '' } = notification.params;
    return t(`notifications.kinds.${notification.kind}`, {
      city: cityName(cities.data, city),
      closesAt: readable(closesAt, i18n.language),
      reviewAgainOn: readable(reviewAgainOn, i18n.language),
    });
  };
}
