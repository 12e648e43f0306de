import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PRACTICE_TEXT_FIELDS, type Practice } from '../../api/types';
import { cities, json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { PracticeClassification } from './PracticeClassification';
import { PracticeReading } from './PracticeReading';
import { PracticeTranslations } from './PracticeTranslations';

const NAMES = PRACTICE_TEXT_FIELDS;
const DUTCH: Record<string, string> = {
  title: 'Onthaalbalie door nieuwkomers',
  summary: 'Nieuwkomers onthalen nieuwkomers.',
  context: 'Veel nieuwkomers vonden de weg niet.',
  approach: 'Vrijwilligers aan de balie.',
};

function field(name: string, source: string, language: string, text: string | null) {
  return { name, source, language, text };
}

function practice(over: Partial<Record<string, unknown>> = {}): Practice {
  return {
    id: 'p-1',
    title: DUTCH.title,
    summary: DUTCH.summary,
    context: DUTCH.context,
    approach: DUTCH.approach,
    results: null,
    resources: null,
    transferability: null,
    lessons: null,
    language: 'nl',
    city: 'mechelen',
    status: 'PUBLISHED',
    version: 7,
    themes: [],
    targetGroups: [],
    sdgTargets: [],
    contactRole: null,
    translations: [
      {
        language: 'de',
        translatedByRole: 'CITY_COORDINATOR',
        translatedByCity: 'mechelen',
        translatedAt: '2026-11-20T10:00:00Z',
      },
    ],
    reading: { language: 'nl', fields: NAMES.map((n) => field(n, 'ORIGINAL', 'nl', DUTCH[n] ?? null)) },
    allowedActions: [],
    allowedTransitions: [],
    ...over,
  } as unknown as Practice;
}

/** The reading in German: title and summary translated, the rest the Dutch original. */
const GERMAN = {
  language: 'de',
  fields: NAMES.map((n) =>
    n === 'title'
      ? field(n, 'TRANSLATED', 'de', 'Empfangsschalter von Neuankömmlingen')
      : n === 'summary'
        ? field(n, 'TRANSLATED', 'de', 'Neuankömmlinge empfangen Neuankömmlinge.')
        : field(n, 'FALLBACK', 'nl', DUTCH[n] ?? null),
  ),
};

function backend(p: Practice, answer?: (req: Request) => Response | undefined) {
  return mockFetch((req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/practices/p-1' && req.method === 'GET') {
      const lang = url.searchParams.get('lang');
      return json(lang === 'de' ? { ...p, reading: GERMAN } : p);
    }
    return answer?.(req);
  });
}

describe('PracticeReading', () => {
  it('reads the language of the link, marking translated fields and fallbacks, each text with its lang', async () => {
    const { fetch, requests } = backend(practice());
    renderWithProviders(<PracticeReading practice={practice()} />, {
      fetch,
      route: '/practices/p-1?lang=de',
      path: '/practices/:id',
    });

    const title = await screen.findByTestId('reading-title');
    expect(title).toHaveTextContent('Empfangsschalter von Neuankömmlingen');
    expect(title).toHaveAttribute('lang', 'de');
    expect(requests.some((r) => new URL(r.url).searchParams.get('lang') === 'de')).toBe(true);
    expect(screen.getByTestId('reading-language')).toHaveValue('de');

    const translated = screen.getByTestId('reading-mark-summary');
    expect(translated).toHaveAttribute('data-source', 'TRANSLATED');
    await waitFor(() => expect(translated).toHaveTextContent('the city coordinator of Mechelen'));

    const fallback = screen.getByTestId('reading-mark-context');
    expect(fallback).toHaveAttribute('data-source', 'FALLBACK');
    expect(fallback).toHaveTextContent('Not yet translated into German: shown in the original language (Dutch)');
    expect(screen.getByTestId('reading-context')).toHaveAttribute('lang', 'nl');
    // a field blank in the original too is "not provided", in the page's language and unmarked
    expect(screen.queryByTestId('reading-mark-results')).not.toBeInTheDocument();
    expect(screen.getByTestId('reading-results')).not.toHaveAttribute('lang');
  });

  it('picks the original for a reader whose language the practice lacks, then switches on choice', async () => {
    const { fetch, requests } = backend(practice());
    renderWithProviders(<PracticeReading practice={practice()} />, {
      fetch,
      route: '/practices/p-1',
      path: '/practices/:id',
    });

    const picker = screen.getByTestId('reading-language');
    expect(picker).toHaveValue('nl');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nederlands (original)', 'Deutsch (translation)']);
    expect(screen.queryByTestId(/^reading-mark-/)).not.toBeInTheDocument();
    expect(screen.getByTestId('reading-summary')).toHaveAttribute('lang', 'nl');
    expect(requests.filter((r) => new URL(r.url).pathname === '/practices/p-1')).toHaveLength(0);

    await userEvent.selectOptions(picker, 'de');
    expect(await screen.findByTestId('reading-title')).toHaveAttribute('lang', 'de');
    expect(screen.getByTestId('reading-mark-approach')).toHaveAttribute('data-source', 'FALLBACK');
  });
});

describe('PracticeTranslations', () => {
  const editable = practice({ allowedActions: ['EDIT_PRACTICE'] });

  it('is not there for a reader who may not edit the practice', () => {
    const { fetch } = backend(practice());
    renderWithProviders(<PracticeTranslations practice={practice()} />, { fetch });
    expect(screen.queryByTestId('practice-translations')).not.toBeInTheDocument();
  });

  it('saves with If-Match and offers a reload when someone changed the practice meanwhile (412)', async () => {
    const { fetch, requests } = backend(editable, () =>
      problem(412, 'Stale', 'changed meanwhile', [], 'stale-version'),
    );
    renderWithProviders(<PracticeTranslations practice={editable} />, { fetch });

    await userEvent.click(screen.getByTestId('edit-translation-de'));
    const form = await screen.findByTestId('translation-form');
    // the German text so far, beside the Dutch original
    expect(within(form).getByTestId('translation-field-title')).toHaveValue('Empfangsschalter von Neuankömmlingen');
    expect(within(form).getByTestId('translation-field-context')).toHaveValue('');
    expect(within(form).getByText(DUTCH.context)).toHaveAttribute('lang', 'nl');
    await userEvent.type(within(form).getByTestId('translation-field-context'), 'Weg.');
    await userEvent.click(screen.getByTestId('translation-save'));

    expect(await screen.findByTestId('problem-reload')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/practices/p-1/translations/de');
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(await put.json()).toMatchObject({
      title: 'Empfangsschalter von Neuankömmlingen',
      context: 'Weg.',
      results: null,
    });
  });

  it("shows the service's field errors on their fields", async () => {
    const { fetch } = backend(editable, () =>
      problem(
        400,
        'Invalid',
        'invalid',
        [{ field: 'translatePractice.body.summary', message: 'too long for us' }],
        'validation',
      ),
    );
    renderWithProviders(<PracticeTranslations practice={editable} />, { fetch });

    await userEvent.click(screen.getByTestId('edit-translation-de'));
    await screen.findByTestId('translation-form');
    await userEvent.click(screen.getByTestId('translation-save'));

    const summary = screen.getByTestId('translation-field-summary');
    await waitFor(() => expect(summary).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('too long for us')).toBeInTheDocument();
  });

  it('deletes a translation only after a confirmation', async () => {
    const { fetch, requests } = backend(editable, (req) =>
      req.method === 'DELETE' ? json({ ...editable, translations: [], version: 8 }) : undefined,
    );
    renderWithProviders(<PracticeTranslations practice={editable} />, { fetch });

    await userEvent.click(screen.getByTestId('remove-translation-de'));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(screen.getByTestId('confirm-remove-translation'));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(requests.find((r) => r.method === 'DELETE')!.headers.get('If-Match')).toBe('"7"');
  });
});

describe('PracticeClassification', () => {
  it('shows the classification as badges with the SDG targets’ short titles, without an edit button for a reader', () => {
    const p = practice({
      themes: ['HOUSING'],
      targetGroups: ['NEWLY_ARRIVED_MIGRANT'],
      sdgTargets: ['10.2'],
      contactRole: 'Welkomstbalie',
    });
    renderWithProviders(<PracticeClassification practice={p} />, { fetch: backend(p).fetch });
    expect(screen.getByTestId('classification-themes')).toHaveTextContent('Housing');
    expect(screen.getByTestId('classification-target-groups')).toHaveTextContent('Newly arrived migrants');
    expect(screen.getByTestId('classification-sdg-targets')).toHaveTextContent(
      '10.2 Promote universal social, economic and political inclusion',
    );
    expect(screen.getByTestId('classification-contact-role')).toHaveTextContent('Welkomstbalie');
    expect(screen.queryByTestId('edit-classification')).not.toBeInTheDocument();
  });

  it("shows the service's refusal of a contact role with an e-mail address (422) on the field", async () => {
    const p = practice({ allowedActions: ['EDIT_PRACTICE'] });
    const { fetch, requests } = backend(p, () =>
      problem(422, 'Practice profile invalid', 'contactRole names a role', [], 'practice-profile-invalid'),
    );
    renderWithProviders(<PracticeClassification practice={p} />, { fetch });

    expect(screen.getByTestId('classification-empty')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('edit-classification'));
    await userEvent.click(screen.getByTestId('classify-theme-HOUSING'));
    await userEvent.click(screen.getByTestId('classify-sdg-11.1'));
    await userEvent.type(screen.getByTestId('classification-contact-role-input'), 'anna@example.org');
    await userEvent.click(screen.getByTestId('classification-save'));

    const input = screen.getByTestId('classification-contact-role-input');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(
      screen.getByText('Name a role or an office, without an e-mail address or a phone number.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('classification-error')).not.toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/practices/p-1/profile');
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(await put.json()).toEqual({
      language: 'nl',
      themes: ['HOUSING'],
      targetGroups: [],
      sdgTargets: ['11.1'],
      contactRole: 'anna@example.org',
    });
  });
});
