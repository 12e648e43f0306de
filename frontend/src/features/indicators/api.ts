import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type InitiativeClient } from '../../api/client';
import type { components } from '../../api/generated/initiative';
import type { Complete, WithActions } from '../../api/types';

type Schemas = components['schemas'];
export type Indicator = WithActions<Complete<Schemas['Indicator']>>;
export type IndicatorPage = WithActions<Complete<Schemas['IndicatorPage']>> & { items: Indicator[] };
export type Measurement = Indicator['measurements'][number];
export type Direction = Indicator['direction'];
export type IndicatorBody = Schemas['IndicatorDefinition'];
export type MeasurementBody = Schemas['NewMeasurement'];

/** How the latest measurement compares with the one before, in the indicator's direction. */
export type Trend = 'IMPROVING' | 'STEADY' | 'WORSENING';

export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const satisfies readonly Direction[];

/** Query keys of an initiative's indicators: a change invalidates everything under `all`. */
export const indicatorKeys = {
  all: (initiativeId: string) => ['indicators', initiativeId] as const,
};

export async function listIndicators(client: InitiativeClient, initiativeId: string): Promise<IndicatorPage> {
  return call(
    client.GET('/initiatives/{id}/indicators', {
      params: { path: { id: initiativeId }, query: { page: 0, size: 100 } },
    }),
  ) as Promise<IndicatorPage>;
}

export const indicatorsQuery = (client: InitiativeClient, initiativeId: string) =>
  queryOptions({ queryKey: indicatorKeys.all(initiativeId), queryFn: () => listIndicators(client, initiativeId) });

export async function createIndicator(
  client: InitiativeClient,
  initiativeId: string,
  body: IndicatorBody,
  idempotencyKey: string,
): Promise<Indicator> {
  return call(
    client.POST('/initiatives/{id}/indicators', {
      params: { path: { id: initiativeId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  ) as Promise<Indicator>;
}

/** `version` goes as If-Match: stale when someone changed the indicator meanwhile. */
export async function editIndicator(
  client: InitiativeClient,
  id: string,
  version: number,
  body: IndicatorBody,
): Promise<Indicator> {
  return call(
    client.PUT('/indicators/{id}', { params: { path: { id }, header: ifMatch(version) }, body }),
  ) as Promise<Indicator>;
}

export async function deleteIndicator(client: InitiativeClient, id: string, version: number): Promise<void> {
  await call(client.DELETE('/indicators/{id}', { params: { path: { id }, header: ifMatch(version) } }));
}

export async function addMeasurement(
  client: InitiativeClient,
  id: string,
  body: MeasurementBody,
  idempotencyKey: string,
) {
  return call(
    client.POST('/indicators/{id}/measurements', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export async function removeMeasurement(
  client: InitiativeClient,
  id: string,
  measurementId: string,
  version: number,
): Promise<Indicator> {
  return call(
    client.DELETE('/indicators/{id}/measurements/{measurementId}', {
      params: { path: { id, measurementId }, header: ifMatch(version) },
    }),
  ) as Promise<Indicator>;
}
