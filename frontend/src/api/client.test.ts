import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, testConfig } from '../test/utils';
import { call, createApiClients } from './client';
import { ApiError, toApiError } from './problem';
import { updatePractice } from './practices';
import { takeValidationStep } from './validation';
import { transitionInitiative } from './initiatives';
import { listPanels } from './panels';

const emptyPage = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

describe('API clients', () => {
  it('send the access token as a bearer token', async () => {
    const { fetch, requests } = mockFetch(() => json(emptyPage));
    const clients = createApiClients(testConfig, () => 'token-123', fetch);
    await listPanels(clients.panel, { city: 'mechelen' });
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-123');
    expect(requests[0].url).toBe('http://panel.test/panels?city=mechelen&page=0&size=20&sort=name');
  });

  it('send no Authorization header when nobody is logged in', async () => {
    const { fetch, requests } = mockFetch(() => json(emptyPage));
    const clients = createApiClients(testConfig, () => undefined, fetch);
    await listPanels(clients.panel, {});
    expect(requests[0].headers.has('Authorization')).toBe(false);
  });

  it('read the token at request time, so a renewed token is used', async () => {
    let token = 'old';
    const { fetch, requests } = mockFetch(() => json(emptyPage));
    const clients = createApiClients(testConfig, () => token, fetch);
    await listPanels(clients.panel, {});
    token = 'new';
    await listPanels(clients.panel, {});
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer new']);
  });

  it('send the version as a quoted If-Match entity tag when saving or publishing a practice and moving an initiative', async () => {
    const { fetch, requests } = mockFetch(() => json({}));
    const clients = createApiClients(testConfig, () => 't', fetch);
    const texts = {
      title: 'T',
      summary: 'S',
      context: '',
      approach: '',
      results: '',
      resources: '',
      transferability: '',
      lessons: '',
    };
    await updatePractice(clients.practice, 'p1', 7, texts);
    await takeValidationStep(clients.practice, 'p1', 8, 'publish');
    await transitionInitiative(clients.initiative, 'i1', 3, { to: 'PROPOSED', reason: 'ready' });
    expect(requests.map((r) => [r.method, r.url, r.headers.get('If-Match')])).toEqual([
      ['PUT', 'http://practice.test/practices/p1', '"7"'],
      ['POST', 'http://practice.test/practices/p1/publish', '"8"'],
      ['POST', 'http://initiative.test/initiatives/i1/transitions', '"3"'],
    ]);
    expect(await requests[0].json()).toEqual(texts);
    expect(await requests[2].json()).toEqual({ to: 'PROPOSED', reason: 'ready' });
  });

  it('turn a problem+json answer into an ApiError with its violations', async () => {
    const { fetch } = mockFetch(() =>
      problem(400, 'Invalid request', 'name: must not be blank', [
        { field: 'create.body.name', message: 'must not be blank' },
        { field: 'description', message: 'size must be between 0 and 2000' },
      ]),
    );
    const clients = createApiClients(testConfig, () => 't', fetch);
    const error = await call(clients.panel.POST('/panels', { body: { city: 'mechelen', name: '' } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.title).toBe('Invalid request');
    expect(e.detail).toBe('name: must not be blank');
    expect(e.message).toBe('name: must not be blank');
    expect(e.violationFor('name')).toBe('must not be blank');
    expect(e.violationFor('description')).toBe('size must be between 0 and 2000');
    expect(e.violationFor('city')).toBeUndefined();
  });

  it('keep the status of an error without a problem body', async () => {
    const { fetch } = mockFetch(() => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    const clients = createApiClients(testConfig, () => 't', fetch);
    const e = (await call(clients.panel.GET('/cities')).catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(502);
    expect(e.title).toBe('Bad Gateway');
    expect(e.violations).toEqual([]);
  });

  it('report an unreachable service as a network ApiError', async () => {
    const clients = createApiClients(
      testConfig,
      () => 't',
      async () => {
        throw new TypeError('Failed to fetch');
      },
    );
    const e = (await call(clients.panel.GET('/cities')).catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(0);
    expect(e.isNetworkError).toBe(true);
  });
});

describe('toApiError', () => {
  it('parses a problem given as text and ignores malformed violations', () => {
    const e = toApiError(
      { status: 422, statusText: '' },
      JSON.stringify({
        type: 'urn:cohesion:problem:illegal-transition',
        title: 'Step not allowed',
        status: 422,
        detail: 'allowed: WITHDRAWN',
        violations: [null, { field: 'to', message: 'not allowed' }],
      }),
    );
    expect(e.type).toBe('urn:cohesion:problem:illegal-transition');
    expect(e.detail).toBe('allowed: WITHDRAWN');
    expect(e.violations).toEqual([{ field: 'to', message: 'not allowed' }]);
  });

  it('keeps the delay of a 429 from Retry-After, else from the body, and none when it is no number', () => {
    const body = { type: 'urn:cohesion:problem:rate-limited', title: 'Too fast', status: 429, retryAfterSeconds: 30 };
    const headers = (value: string) => new Headers({ 'Retry-After': value });
    expect(toApiError({ status: 429, statusText: '', headers: headers('12') }, body).retryAfterSeconds).toBe(12);
    expect(toApiError({ status: 429, statusText: '' }, body).retryAfterSeconds).toBe(30);
    expect(
      toApiError({ status: 503, statusText: '', headers: headers('soon') }, 'down').retryAfterSeconds,
    ).toBeUndefined();
  });
});
