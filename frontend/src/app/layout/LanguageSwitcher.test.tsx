import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage } from '../../i18n';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/languages';
import { formatDate } from '../../lib/format';
import { mockFetch, renderWithProviders } from '../../test/utils';
import { LanguageSwitcher } from './LanguageSwitcher';

afterEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('en');
});

describe('LanguageSwitcher', () => {
  it('lists the eleven languages by their own names', () => {
    renderWithProviders(<LanguageSwitcher />, { fetch: mockFetch(() => undefined).fetch });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'English',
      'Shqip',
      'Dansk',
      'Deutsch',
      'Eesti',
      'Français',
      'Italiano',
      'Latviešu',
      'Lietuvių',
      'Nederlands',
      'Slovenščina',
    ]);
  });

  it('switches the language, sets <html lang>, formats dates in it and keeps the choice for the next visit', async () => {
    renderWithProviders(<LanguageSwitcher />, { fetch: mockFetch(() => undefined).fetch });
    await userEvent.setup({ delay: null }).selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(initialLanguage()).toBe('de');
    expect(formatDate('2025-03-01T12:00:00Z')).toBe('01.03.2025');
  });

  it('ignores a stored value that is not a language of the UI', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(initialLanguage()).toBe('en');
  });
});
