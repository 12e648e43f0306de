import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PracticeClient } from '../../api/client';
import type { components } from '../../api/generated/practice';
import { PRACTICE_TEXT_FIELDS, type Practice, type PracticeTextField } from '../../api/types';

type Schemas = components['schemas'];
export type ReadingField = Practice['reading']['fields'][number];
export type TranslationInfo = Practice['translations'][number];
export type TranslationBody = Schemas['PracticeTranslationRequest'];
export type ProfileBody = Schemas['PracticeProfileRequest'];

/** The network's languages in the order of kit.vocabulary.NetworkLanguages (English, the working language, first). */
export const NETWORK_LANGUAGES = ['en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq'] as const;

/** The service's limits (PracticeRules, PracticeProfile). */
export const FIELD_MAX: Record<PracticeTextField, number> = {
  title: 200,
  summary: 2000,
  context: 8000,
  approach: 8000,
  results: 8000,
  resources: 8000,
  transferability: 8000,
  lessons: 8000,
};
export const CONTACT_ROLE_MAX = 200;

/** The problem type of a classification the service refuses (an e-mail address or phone number in the contact role). */
export const PROFILE_INVALID = 'urn:cohesion:problem:practice-profile-invalid';

export function isNetworkLanguage(code: string | null | undefined): code is string {
  return code != null && (NETWORK_LANGUAGES as readonly string[]).includes(code);
}

/** The languages the practice can be read in: its original first, then its translations in the network's order. */
export function practiceLanguages(p: Practice): string[] {
  const translated = new Set(p.translations.map((tr) => tr.language));
  return [p.language, ...NETWORK_LANGUAGES.filter((l) => l !== p.language && translated.has(l))];
}

/**
 * The reading of a practice in one language. Keyed by the practice's version under the practices'
 * keys, so that any change of the practice (which moves its version) reads it again.
 */
export const readingQuery = (client: PracticeClient, p: Practice, lang: string) =>
  queryOptions({
    queryKey: ['practices', 'reading', p.id, p.version, lang] as const,
    queryFn: () => call(client.GET('/practices/{id}', { params: { path: { id: p.id }, query: { lang } } })),
  });

/** The fields of a reading by name. */
export function fieldsByName(fields: readonly ReadingField[]): Map<PracticeTextField, ReadingField> {
  return new Map(fields.map((f) => [f.name, f]));
}

/** A translation's texts as the form edits them: the translated fields of a reading, blank otherwise. */
export function translationValues(fields: readonly ReadingField[]): Record<PracticeTextField, string> {
  const byName = fieldsByName(fields);
  return Object.fromEntries(
    PRACTICE_TEXT_FIELDS.map((f) => {
      const field = byName.get(f);
      return [f, field?.source === 'TRANSLATED' ? (field.text ?? '') : ''];
    }),
  ) as Record<PracticeTextField, string>;
}

export async function translatePractice(
  client: PracticeClient,
  p: Practice,
  language: string,
  body: TranslationBody,
): Promise<Practice> {
  return call(
    client.PUT('/practices/{id}/translations/{language}', {
      params: { path: { id: p.id, language }, header: ifMatch(p.version) },
      body,
    }),
  ) as Promise<Practice>;
}

export async function removeTranslation(client: PracticeClient, p: Practice, language: string): Promise<Practice> {
  return call(
    client.DELETE('/practices/{id}/translations/{language}', {
      params: { path: { id: p.id, language }, header: ifMatch(p.version) },
    }),
  ) as Promise<Practice>;
}

export async function classifyPractice(client: PracticeClient, p: Practice, body: ProfileBody): Promise<Practice> {
  return call(
    client.PUT('/practices/{id}/profile', { params: { path: { id: p.id }, header: ifMatch(p.version) }, body }),
  ) as Promise<Practice>;
}
