// Demo reviews: in Mechelen and in Tartu an initiative whose review round the panel closed, with
// the scores of the town's demo members (signed in as themselves: member-<town>, -2, -3, linked to
// panel members by ./accounts.mjs), and in Tartu a second initiative whose round is still open with
// one review. The initiative service learns the linked accounts from panel-events, so a round opens
// only once it knows a reviewer; who is eligible is fixed then, and only eligible members review.
// Idempotent: an initiative that has a round already is left as it is.
import { INITIATIVE_API, PANEL_API, api, eventually, tokenFor } from '../platform.mjs';
import { DEMO_MEMBER_USERS } from './accounts.mjs';

const STEPS = ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW'];
const DAY = 86_400_000;

// Fictitious scores per reviewer, in the order of the town's demo users: [score, reason] per criterion.
const SCORES = [
  {
    relevance: [5, 'Newcomers asked for exactly this at the panel meeting.'],
    effectiveness: [4, 'Most participants found their way; the waiting list shows demand.'],
    inclusiveness: [4, 'Reached newcomers well, long-time residents less.'],
    sustainability: [3, 'Depends on two volunteers; needs a budget line.'],
    transferability: [4, 'Any town with a library could run it.'],
  },
  {
    relevance: [4, 'Fits the town integration plan.'],
    effectiveness: [3, 'The indicator moved, but slower than the target.'],
    inclusiveness: [3, 'Few people with a disability took part.'],
    sustainability: [4, 'The partners committed for two more years.'],
    transferability: [5, 'Well documented, cheap to copy.'],
  },
  {
    relevance: [5, 'It answers a need I see in my street every day.'],
    effectiveness: [4, 'My neighbours use it and tell others.'],
    inclusiveness: [5, 'Open to everyone, in several languages.'],
    sustainability: [3, 'Volunteers are tired by the end of the year.'],
    transferability: [3, 'Needs a local partner who knows the people.'],
  },
];

const ROUNDS = [
  {
    city: 'mechelen', close: true,
    title: 'Homework club with student mentors in Mechelen',
    summary: 'Students of the university college help pupils from newcomer families with homework twice a week.',
  },
  {
    city: 'tartu', close: true,
    title: 'Estonian conversation walks in Tartu',
    summary: 'Weekly walks through the town where newcomers practise Estonian with volunteer residents.',
  },
  {
    city: 'tartu', close: false, reviewers: 1,
    title: 'Shared allotment gardens in Annelinn',
    summary: 'Residents and newcomers share allotment plots and a tool shed in the Annelinn district.',
  },
];

function review(scores) {
  return Object.fromEntries(
    Object.entries(scores).map(([criterion, [score, reason]]) => [criterion, { score, reason }]),
  );
}

async function underReview(token, { city, title, summary }) {
  const panels = await api('GET', `${PANEL_API}/panels?city=${city}&size=100`, { token });
  const panel = panels.items.find((p) => p.status === 'ACTIVE');
  if (!panel) return null;
  const list = await api('GET', `${INITIATIVE_API}/initiatives?city=${city}&size=100`, { token });
  let initiative = list.items.find((i) => i.title === title);
  if (!initiative) {
    // The initiative service learns about the panel from panel-events: retry until it has.
    initiative = await eventually(() =>
      api('POST', `${INITIATIVE_API}/initiatives`, { token, body: { panelId: panel.id, title, summary } }),
    );
  }
  // Concluded or withdrawn meanwhile (in the demo): left as it is.
  if (initiative.status !== 'DRAFT' && !STEPS.includes(initiative.status)) return null;
  for (const to of STEPS.slice(STEPS.indexOf(initiative.status) + 1)) {
    initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
      token, ifMatch: initiative.version, body: { to, reason: `Demo: the panel moved it to ${to}` },
    });
  }
  return initiative;
}

async function seedRound(demo) {
  const token = await tokenFor(`coordinator-${demo.city}`);
  const initiative = await underReview(token, demo);
  if (!initiative) return 0;
  const state = await api('GET', `${INITIATIVE_API}/review-rounds/latest?initiativeId=${initiative.id}`, { token });
  if (state.round) return 0;
  // 422 until a linked member's account reached the initiative service through panel-events.
  let round = await eventually(() =>
    api('POST', `${INITIATIVE_API}/review-rounds`, {
      token, body: { initiativeId: initiative.id, closesAt: new Date(Date.now() + 14 * DAY).toISOString() },
    }),
  );
  const users = DEMO_MEMBER_USERS.filter((u) => u.city === demo.city).slice(0, demo.reviewers);
  for (const [n, user] of users.entries()) {
    const reviewer = await tokenFor(user.username);
    const seen = await api('GET', `${INITIATIVE_API}/review-rounds/${round.id}`, { token: reviewer });
    if (!seen.allowedActions.includes('SUBMIT_REVIEW')) continue;
    await api('POST', `${INITIATIVE_API}/review-rounds/${round.id}/reviews`, {
      token: reviewer, body: review(SCORES[n % SCORES.length]),
    });
  }
  round = await api('GET', `${INITIATIVE_API}/review-rounds/${round.id}`, { token });
  if (demo.close && round.quorum.met) {
    await api('POST', `${INITIATIVE_API}/review-rounds/${round.id}/close`, { token, ifMatch: round.version });
  }
  return 1;
}

export async function seedReviews() {
  let seeded = 0;
  for (const demo of ROUNDS) seeded += await seedRound(demo);
  return `reviews: ${seeded} review rounds seeded`;
}
