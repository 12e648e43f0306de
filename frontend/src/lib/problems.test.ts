import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from '../api/problem';
import { describeProblem, isStale, problemKind } from './problems';

const err = (status: number, type?: string, detail?: string) =>
  new ApiError({ status, type, title: 'server title', detail });

describe('problem to message', () => {
  it.each([
    [err(409, 'urn:cohesion:problem:duplicate-name'), 'duplicateName'],
    [err(409, 'urn:cohesion:problem:stale-version'), 'stale'],
    [err(409, 'urn:cohesion:problem:concurrent-conflict'), 'stale'],
    [err(409), 'conflict'],
    [err(412), 'stale'],
    [err(428, 'urn:cohesion:problem:precondition-required'), 'preconditionRequired'],
    [err(422, 'urn:cohesion:problem:illegal-transition'), 'illegalTransition'],
    [err(422, 'urn:cohesion:problem:unknown-panel'), 'unknownPanel'],
    [err(403, 'urn:cohesion:problem:forbidden'), 'forbidden'],
    [err(404, 'urn:cohesion:problem:not-found'), 'notFound'],
    [err(401), 'unauthenticated'],
    [err(400, 'urn:cohesion:problem:validation'), 'validation'],
    [err(503), 'unavailable'],
    [err(500, 'urn:cohesion:problem:internal'), 'server'],
    [err(418, 'urn:other:teapot'), 'unexpected'],
    [networkError(new TypeError('Failed to fetch')), 'network'],
    [new Error('boom'), 'unexpected'],
  ])('%s is %s', (error, kind) => {
    expect(problemKind(error)).toBe(kind);
  });

  it('words the problem in the reader’s language and keeps the server’s detail apart', () => {
    const m = describeProblem(
      err(403, 'urn:cohesion:problem:forbidden', 'you may not see initiatives of town mechelen'),
      i18n.t,
    );
    expect(m).toEqual({
      kind: 'forbidden',
      title: 'Not allowed',
      text: 'You are not allowed to do this.',
      detail: 'you may not see initiatives of town mechelen',
    });
  });

  it('tells a stale version from a conflict', () => {
    expect(isStale(err(412))).toBe(true);
    expect(isStale(err(409, 'urn:cohesion:problem:duplicate-name'))).toBe(false);
  });

  it('has a text for every kind', () => {
    for (const e of [err(409), err(412), err(503), err(500), networkError(null)]) {
      const m = describeProblem(e, i18n.t);
      expect(m.title).not.toMatch(/^errors\./);
      expect(m.text).not.toMatch(/^errors\./);
    }
  });
});
