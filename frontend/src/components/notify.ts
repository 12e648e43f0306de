import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

/**
 * A short success message as a toast (bottom of the screen, never over the header). Mantine
 * announces toasts through their role; the close button gets a name of its own.
 */
export function notifySuccess(message: string) {
  notifications.show({
    color: 'green',
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.closeNotification') },
  });
}
