import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type InitiativeClient } from '../../api/client';
import type { Complete, WithActions } from '../../api/types';
import type { components } from '../../api/generated/initiative';

type Schemas = components['schemas'];

/** An initiative's survey slot: its survey (null while there is none) and the caller's actions. */
export type SurveySlot = WithActions<Complete<Schemas['SurveySlot']>>;
export type Survey = Complete<Schemas['Survey']>;
export type SurveyQuestion = Survey['questions'][number];
export type QuestionKind = SurveyQuestion['kind'];
export type SurveyStatus = Survey['status'];
export type SurveyDefinition = Schemas['SurveyDefinition'];
export type PublicSurvey = Complete<Schemas['PublicSurvey']>;
export type SurveyResults = WithActions<Complete<Schemas['SurveyResults']>>;
export type QuestionResult = SurveyResults['questions'][number];
export type Quote = SurveyResults['moderation'][number];
export type SurveyResponse = Schemas['SurveyResponse'];

export const QUESTION_KINDS: readonly QuestionKind[] = ['RATING', 'CHOICE', 'FREE_TEXT'];

export const surveyKeys = {
  all: ['surveys'] as const,
  slot: (initiativeId: string) => ['surveys', 'slot', initiativeId] as const,
  results: (initiativeId: string) => ['surveys', 'results', initiativeId] as const,
  public: (token: string) => ['surveys', 'public', token] as const,
  publicResults: (token: string) => ['surveys', 'public-results', token] as const,
};

export const surveySlotQuery = (client: InitiativeClient, id: string) =>
  queryOptions({
    queryKey: surveyKeys.slot(id),
    queryFn: () => call(client.GET('/initiatives/{id}/survey', { params: { path: { id } } })) as Promise<SurveySlot>,
  });

export const surveyResultsQuery = (client: InitiativeClient, id: string) =>
  queryOptions({
    queryKey: surveyKeys.results(id),
    queryFn: () =>
      call(client.GET('/initiatives/{id}/survey/results', { params: { path: { id } } })) as Promise<SurveyResults>,
  });

export const publicSurveyQuery = (client: InitiativeClient, token: string) =>
  queryOptions({
    queryKey: surveyKeys.public(token),
    queryFn: () => call(client.GET('/public/surveys/{token}', { params: { path: { token } } })),
    retry: false,
  });

export const publicResultsQuery = (client: InitiativeClient, token: string) =>
  queryOptions({
    queryKey: surveyKeys.publicResults(token),
    queryFn: () =>
      call(client.GET('/public/surveys/{token}/results', { params: { path: { token } } })) as Promise<SurveyResults>,
    retry: false,
  });

export async function createSurvey(client: InitiativeClient, id: string, body: SurveyDefinition): Promise<Survey> {
  return call(client.POST('/initiatives/{id}/survey', { params: { path: { id } }, body }));
}

export async function updateSurvey(
  client: InitiativeClient,
  id: string,
  version: number,
  body: SurveyDefinition,
): Promise<Survey> {
  return call(client.PUT('/initiatives/{id}/survey', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export async function changeSurveyStatus(
  client: InitiativeClient,
  id: string,
  version: number,
  to: SurveyStatus,
): Promise<Survey> {
  return call(
    client.POST('/initiatives/{id}/survey/status', {
      params: { path: { id }, header: ifMatch(version) },
      body: { to },
    }),
  );
}

export async function decideQuote(
  client: InitiativeClient,
  id: string,
  quote: Quote,
  approved: boolean,
): Promise<Quote> {
  return call(
    client.POST('/initiatives/{id}/survey/quotes/{quoteId}/decision', {
      params: { path: { id, quoteId: quote.id }, header: ifMatch(quote.version) },
      body: { approved },
    }),
  );
}

export async function answerSurvey(client: InitiativeClient, token: string, body: SurveyResponse): Promise<void> {
  await call(client.POST('/public/surveys/{token}/responses', { params: { path: { token } }, body }));
}

/** The random token this browser answers a survey with: drawn once per survey and kept locally. */
export function answerToken(surveyToken: string): string {
  const key = `cohesion.survey.${surveyToken}`;
  const existing = window.localStorage.getItem(key);
  if (existing) return existing;
  const bytes = new Uint8Array(18);
  window.crypto.getRandomValues(bytes);
  const token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  window.localStorage.setItem(key, token);
  return token;
}
