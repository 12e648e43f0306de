/** A finding and a recommendation as the service sends them (docs/findings.md), for the tests. */
export const FINDING_ID = '11111111-1111-4111-8111-111111111111';
export const PRACTICE_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const PRACTICE_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

export function finding(overrides: Record<string, unknown> = {}) {
  return {
    id: FINDING_ID,
    status: 'DRAFT',
    language: 'en',
    statement: 'Newcomers find work sooner when a resident mentors them',
    explanation: 'Mentoring pairs in two towns halved the months to a first job.',
    themes: ['EMPLOYMENT'],
    sdgTargets: ['10.2'],
    evidence: [{ kind: 'PRACTICE', id: PRACTICE_A, state: 'PUBLISHED', town: 'mechelen' }],
    evidenceSufficient: false,
    towns: ['mechelen'],
    proposedBy: null,
    reading: {
      language: 'en',
      fields: [
        {
          name: 'statement',
          language: 'en',
          source: 'ORIGINAL',
          text: 'Newcomers find work sooner when a resident mentors them',
        },
        {
          name: 'explanation',
          language: 'en',
          source: 'ORIGINAL',
          text: 'Mentoring pairs in two towns halved the months to a first job.',
        },
      ],
    },
    translations: [],
    allowedActions: ['EDIT_FINDING', 'PUBLISH_FINDING'],
    allowedTransitions: ['PUBLISHED'],
    createdAt: '2026-12-04T10:00:00Z',
    updatedAt: '2026-12-04T10:00:00Z',
    publishedAt: null,
    withdrawnAt: null,
    withdrawReason: null,
    version: 3,
    ...overrides,
  };
}

export const RECOMMENDATION_ID = '22222222-2222-4222-8222-222222222222';

export function recommendation(overrides: Record<string, unknown> = {}) {
  return {
    id: RECOMMENDATION_ID,
    status: 'PUBLISHED',
    audience: 'EU_INSTITUTIONS',
    language: 'en',
    title: 'Fund resident mentors for newcomers',
    summary: 'Mentoring works; it needs a small, steady budget.',
    actions: ['Open a mentoring budget line', 'Count the months to a first job'],
    readingActions: ['Open a mentoring budget line', 'Count the months to a first job'],
    actionsSource: 'ORIGINAL',
    findingIds: [FINDING_ID],
    endorsingTowns: ['tartu'],
    proposedBy: null,
    reading: {
      language: 'en',
      fields: [
        { name: 'title', language: 'en', source: 'ORIGINAL', text: 'Fund resident mentors for newcomers' },
        {
          name: 'summary',
          language: 'en',
          source: 'ORIGINAL',
          text: 'Mentoring works; it needs a small, steady budget.',
        },
      ],
    },
    translations: [],
    allowedActions: ['ENDORSE_RECOMMENDATION'],
    allowedTransitions: ['WITHDRAWN'],
    createdAt: '2026-12-04T10:00:00Z',
    updatedAt: '2026-12-04T10:00:00Z',
    publishedAt: '2026-12-04T11:00:00Z',
    withdrawnAt: null,
    withdrawReason: null,
    version: 2,
    ...overrides,
  };
}

/** The 422 the service answers a publication whose evidence comes from one town only. */
export function insufficientEvidence() {
  return new Response(
    JSON.stringify({
      type: 'urn:cohesion:problem:insufficient-evidence',
      title: 'Evidence insufficient',
      status: 422,
      detail: 'evidence from at least 2 towns is needed, the published citations come from 1 (mechelen)',
      field: 'evidence',
      violations: [{ field: 'evidence', message: 'evidence from at least 2 towns is needed' }],
      townsCited: 1,
      towns: ['mechelen'],
      requiredTowns: 2,
      unknownCitations: [],
      unpublishedCitations: [{ kind: 'PRACTICE', id: PRACTICE_B }],
    }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
