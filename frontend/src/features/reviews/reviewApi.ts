import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type InitiativeClient } from '../../api/client';
import type { Complete, WithActions } from '../../api/types';
import type { components } from '../../api/generated/initiative';

type Schemas = components['schemas'];

export type ReviewState = Schemas['InitiativeReviewState'];
export type ReviewRound = Schemas['ReviewRoundDetail'];
export type MyReview = Schemas['ReviewDetail'];
export type ReviewBody = Schemas['ReviewRequest'];
export type Criterion = Schemas['ReviewCriterionEntry']['criterion'];
export type Pillar = Schemas['ReviewPillarCount']['pillar'];
export type SurveySlot = WithActions<Complete<Schemas['SurveySlot']>>;
export type SurveyResults = Complete<Schemas['SurveyResults']>;

export const CRITERIA: readonly Criterion[] = [
  'RELEVANCE',
  'EFFECTIVENESS',
  'INCLUSIVENESS',
  'SUSTAINABILITY',
  'TRANSFERABILITY',
];

/** Under the initiatives' keys, so that a lifecycle step refreshes the review state too. */
export const reviewKeys = {
  state: (initiativeId: string) => ['initiatives', 'review', initiativeId] as const,
  surveySlot: (initiativeId: string) => ['initiatives', 'review', initiativeId, 'survey'] as const,
  surveyResults: (initiativeId: string) => ['initiatives', 'review', initiativeId, 'survey', 'results'] as const,
};

export const reviewStateQuery = (client: InitiativeClient, initiativeId: string) =>
  queryOptions({
    queryKey: reviewKeys.state(initiativeId),
    queryFn: async (): Promise<ReviewState> =>
      call(client.GET('/review-rounds/latest', { params: { query: { initiativeId } } })),
  });

/** The residents' survey of the initiative, if any, and whether the caller may read its results. */
export const reviewSurveySlotQuery = (client: InitiativeClient, initiativeId: string) =>
  queryOptions({
    queryKey: reviewKeys.surveySlot(initiativeId),
    queryFn: () =>
      call(client.GET('/initiatives/{id}/survey', { params: { path: { id: initiativeId } } })) as Promise<SurveySlot>,
  });

export const reviewSurveyResultsQuery = (client: InitiativeClient, initiativeId: string) =>
  queryOptions({
    queryKey: reviewKeys.surveyResults(initiativeId),
    queryFn: () =>
      call(
        client.GET('/initiatives/{id}/survey/results', { params: { path: { id: initiativeId } } }),
      ) as Promise<SurveyResults>,
  });

export async function openRound(client: InitiativeClient, initiativeId: string, closesAt: string) {
  return call(client.POST('/review-rounds', { body: { initiativeId, closesAt } }));
}

export async function closeRound(client: InitiativeClient, roundId: string, version: number) {
  return call(
    client.POST('/review-rounds/{roundId}/close', { params: { path: { roundId }, header: ifMatch(version) } }),
  );
}

export async function submitReview(client: InitiativeClient, roundId: string, body: ReviewBody) {
  return call(client.POST('/review-rounds/{roundId}/reviews', { params: { path: { roundId } }, body }));
}

export async function reviseReview(client: InitiativeClient, roundId: string, version: number, body: ReviewBody) {
  return call(
    client.PUT('/review-rounds/{roundId}/reviews/mine', {
      params: { path: { roundId }, header: ifMatch(version) },
      body,
    }),
  );
}
