import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PracticeClient } from '../../api/client';
import type { components } from '../../api/generated/practice';
import type { Complete, WithActions } from '../../api/types';

type Schemas = components['schemas'];
export type Transfer = WithActions<Complete<Schemas['TransferDetail']>>;
export type TransferSummary = Complete<Schemas['TransferSummary']>;
export type TransferPage = WithActions<Complete<Schemas['TransferSummaryPage']>>;
export type TransferStatus = Schemas['TransferStatus'];

/** The steps a transfer can take, in the lifecycle's order (docs/transfers.md). */
export const TRANSFER_STEPS = ['ADAPTING', 'TRANSFERRED', 'ABANDONED'] as const satisfies readonly TransferStatus[];
export type TransferStep = (typeof TRANSFER_STEPS)[number];

/** The longest text a transfer keeps (note, changes, reason, answer): the service's limit. */
export const TRANSFER_TEXT_MAX = 4000;

/**
 * Query keys of transfers, under the practices' keys: a practice's list and a single transfer
 * change together, and a change of the practice (e.g. its title) reaches them too.
 */
export const transferKeys = {
  all: ['practices', 'transfers'] as const,
  ofPractice: (practiceId: string) => ['practices', 'transfers', 'practice', practiceId] as const,
  detail: (id: string) => ['practices', 'transfers', 'detail', id] as const,
  ofTown: (city: string) => ['practices', 'transfers', 'town', city] as const,
};

export async function listPracticeTransfers(client: PracticeClient, practiceId: string): Promise<TransferPage> {
  return call(
    client.GET('/practices/{id}/transfers', {
      params: { path: { id: practiceId }, query: { page: 0, size: 100, sort: 'createdAt,asc' } },
    }),
  ) as Promise<TransferPage>;
}

/** Every transfer a town takes part in, both ways: practices it took up and its practices that travelled. */
export async function listTownTransfers(client: PracticeClient, city: string): Promise<TransferPage> {
  return call(
    client.GET('/transfers', { params: { query: { city, page: 0, size: 100, sort: 'updatedAt,desc' } } }),
  ) as Promise<TransferPage>;
}

export async function getTransfer(client: PracticeClient, id: string): Promise<Transfer> {
  return call(client.GET('/transfers/{id}', { params: { path: { id } } })) as Promise<Transfer>;
}

/** Registers the caller's town's interest; the key makes a repeated click create one transfer. */
export async function registerTransfer(
  client: PracticeClient,
  practiceId: string,
  note: string,
  idempotencyKey: string,
): Promise<Transfer> {
  return call(
    client.POST('/practices/{id}/transfers', {
      params: { path: { id: practiceId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { note: note.trim() === '' ? null : note },
    }),
  ) as Promise<Transfer>;
}

/** One step; `version` goes as If-Match. ADAPTING takes the initiative, the final steps a text. */
export async function moveTransfer(
  client: PracticeClient,
  id: string,
  version: number,
  step: { to: TransferStep; initiativeId?: string; text?: string },
): Promise<Transfer> {
  const body =
    step.to === 'ADAPTING' ? { to: step.to, initiativeId: step.initiativeId } : { to: step.to, text: step.text };
  return call(
    client.POST('/transfers/{id}/transitions', { params: { path: { id }, header: ifMatch(version) }, body }),
  ) as Promise<Transfer>;
}

/** The practice's town's answer; replaces an earlier one. */
export async function answerTransfer(client: PracticeClient, id: string, version: number, text: string) {
  return call(
    client.PUT('/transfers/{id}/answer', { params: { path: { id }, header: ifMatch(version) }, body: { text } }),
  ) as Promise<Transfer>;
}

export const practiceTransfersQuery = (client: PracticeClient, practiceId: string) =>
  queryOptions({
    queryKey: transferKeys.ofPractice(practiceId),
    queryFn: () => listPracticeTransfers(client, practiceId),
  });

export const townTransfersQuery = (client: PracticeClient, city: string) =>
  queryOptions({ queryKey: transferKeys.ofTown(city), queryFn: () => listTownTransfers(client, city) });

export const transferQuery = (client: PracticeClient, id: string) =>
  queryOptions({ queryKey: transferKeys.detail(id), queryFn: () => getTransfer(client, id) });
