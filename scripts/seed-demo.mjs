// Demo data of the local run: a panel per demo town, members of the Mechelen panel and, in
// Mechelen, an initiative that went through its whole lifecycle and became a published good
// practice; practices of Tartu and Celje published, two drafts returned and eight transfers between
// the three towns (demo/exchange.mjs), three practices of every town in its own language, some
// translated and some on what did not work (demo/library.mjs), follows of a practice and of themes
// (demo/following.mjs), questions, comments and a hidden post (demo/discussion.mjs), a webhook
// subscription of the demo integration client to a receiver printed here (demo/webhooks.mjs), 6
// common findings citing at least two towns each and 8 recommendations to the four audiences with
// their endorsing towns (demo/findings.mjs).
// Runs through the public REST
// APIs with the demo users' real tokens, so it also proves the event chain works. Idempotent: a
// restart with existing data seeds nothing twice.
import { INITIATIVE_API, PANEL_API, PRACTICE_API, api, eventually, tokenFor } from './platform.mjs';
import { seedAccounts } from './demo/accounts.mjs';
import { seedPanels } from './demo/panels.mjs';
import { seedInitiatives } from './demo/initiatives.mjs';
import { seedSessions } from './demo/sessions.mjs';
import { seedSortition } from './demo/sortition.mjs';
import { seedReviews } from './demo/reviews.mjs';
import { seedSurvey } from './demo/survey.mjs';
import { seedTowns } from './demo/towns.mjs';
import { seedIndicators } from './demo/indicators.mjs';
import { seedTransfers, seedValidation } from './demo/exchange.mjs';
import { seedDiscussion } from './demo/discussion.mjs';
import { seedFollowing } from './demo/following.mjs';
import { seedWebhooks } from './demo/webhooks.mjs';
import { seedLibrary } from './demo/library.mjs';
import { seedFindings } from './demo/findings.mjs';

const DEMO_PANELS = [
  { user: 'coordinator-mechelen', city: 'mechelen', name: 'Mechelen Local Panel of Stakeholders',
    description: 'Residents, newcomers, civil society, experts and the city working together on integration.' },
  { user: 'coordinator-tartu', city: 'tartu', name: 'Tartu Local Panel of Stakeholders',
    description: 'A well-balanced panel for the town of Tartu.' },
];

const DEMO_PRACTICE = {
  title: 'Welcome desk run by newcomers and long-time residents',
  summary: 'A weekly welcome desk in the town hall, staffed in pairs by a newcomer and a long-time resident.',
  context: 'Newly arrived migrants found the town administration hard to navigate and rarely met long-time residents.',
  approach: 'Pairs of volunteers, one newcomer and one long-time resident, staff a desk every Wednesday, in four languages.',
  results: 'In the pilot year 412 visits; 80 % of visitors said they knew where to go next. Two volunteers joined the panel.',
  resources: 'A room, a part-time coordinator (0.2 FTE), volunteer training of two days, translation of leaflets.',
  transferability: 'Works in any town with a volunteer base; needs a municipal contact person who answers within a week.',
  lessons: 'Evening hours did not work; pairing volunteers mattered more than the number of languages offered.',
};

// A balanced panel across the four pillars; names are fictitious demo data.
const DEMO_MEMBERS = [
  { displayName: 'Amira Haddad', stakeholderCategory: 'CITIZEN', populationGroups: ['NEWLY_ARRIVED_MIGRANT'], consentRecorded: true, consentTextVersion: 'consent-v1' },
  { displayName: 'Jan Peeters', stakeholderCategory: 'CITIZEN', populationGroups: ['NATIVE'], consentRecorded: true, consentTextVersion: 'consent-v1' },
  { displayName: 'Welcome Mechelen vzw', stakeholderCategory: 'CITIZENS_ORGANISATION', organisation: 'Welcome Mechelen', consentRecorded: false },
  { displayName: 'Sofie Claes', stakeholderCategory: 'NON_PROFIT_ORGANISATION', organisation: 'Huis van het Kind', consentRecorded: false },
  { displayName: 'Dr. Lukas Verbeke', stakeholderCategory: 'EXPERT', organisation: 'KU Leuven', consentRecorded: false },
  { displayName: 'Els Jacobs', stakeholderCategory: 'OFFICIAL', organisation: 'City of Mechelen', consentRecorded: false },
  { displayName: 'Alderman for Integration', stakeholderCategory: 'LOCAL_AUTHORITY', organisation: 'City of Mechelen', consentRecorded: false },
];

const LIFECYCLE = ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW'];

async function findOrCreatePanel(token, { city, name, description }) {
  const page = await api('GET', `${PANEL_API}/panels?city=${city}&size=100`);
  return page.items.find((panel) => panel.name === name)
    ?? api('POST', `${PANEL_API}/panels`, { token, body: { city, name, description } });
}

export async function seedDemoData() {
  const began = Date.now();
  await seedTowns();
  // First, so that the demo receiver sees the practices published below.
  console.log(`  ${await seedWebhooks()}`);
  console.log(`  ${await seedPanels()}`);
  console.log(`  ${await seedAccounts()}`);
  console.log(`  ${await seedSurvey()}`);
  console.log(`  ${await seedInitiatives()}`);
  console.log(`  ${await seedReviews()}`);
  const published = await api('GET', `${PRACTICE_API}/practices?city=mechelen`);
  if (published.totalItems > 0) {
    return `demo data already present; ${await seedIndicators()}; ${await seedFollowing()}; ${await seedDiscussion()}`;
  }

  const panels = [];
  for (const demo of DEMO_PANELS) {
    panels.push(await findOrCreatePanel(await tokenFor(demo.user), demo));
  }

  const token = await tokenFor('coordinator-mechelen');
  if ((panels[0].composition?.members ?? 0) === 0) {
    for (const member of DEMO_MEMBERS) {
      await api('POST', `${PANEL_API}/panels/${panels[0].id}/members`, { token, body: member });
    }
  }
  // The initiative service learns about the panel from panel-events: retry until it has.
  let initiative = await eventually(() => api('POST', `${INITIATIVE_API}/initiatives`, {
    token, body: { panelId: panels[0].id, title: DEMO_PRACTICE.title, summary: DEMO_PRACTICE.summary },
  }));
  for (const to of LIFECYCLE) {
    initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
      token, ifMatch: initiative.version, body: { to, reason: `Demo: the panel moved it to ${to}` },
    });
  }
  await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
    token, ifMatch: initiative.version,
    body: { to: 'CONCLUDED', reason: 'Demo: review finished', outcome: 'ADOPTED', conclusion: DEMO_PRACTICE.results },
  });

  // The practice exchange drafts the good practice from initiative-events.
  const draft = await eventually(async () => {
    const drafts = await api('GET', `${PRACTICE_API}/practices?city=mechelen&status=DRAFT&size=100`, { token });
    // List items carry no source initiative; the demo title is unique in the town.
    const found = drafts.items.find((item) => item.title === DEMO_PRACTICE.title);
    if (!found) throw new Error('the drafted practice did not appear within 30 s');
    return found;
  });
  const edited = await api('PUT', `${PRACTICE_API}/practices/${draft.id}`, {
    token, ifMatch: draft.version, body: DEMO_PRACTICE,
  });
  // Validation by the network: the town submits, the network admin publishes.
  const submitted = await api('POST', `${PRACTICE_API}/practices/${edited.id}/submit`, {
    token, ifMatch: edited.version,
  });
  const practice = await api('POST', `${PRACTICE_API}/practices/${edited.id}/publish`, {
    token: await tokenFor('network-admin'), ifMatch: submitted.version,
  });
  console.log(`  ${await seedFollowing()}`);
  const practices = [practice, ...(await seedValidation())];
  // The library touches none of what the rest seeds: both run at once.
  const [library] = await Promise.all([seedLibrary(), (async () => {
    console.log(`  ${await seedTransfers(practices)}`);
    console.log(`  ${await seedSessions()}`);
    console.log(`  ${await seedSortition()}`);
    console.log(`  ${await seedIndicators()}`);
    console.log(`  ${await seedDiscussion()}`);
  })()]);
  console.log(`  ${library}`);
  // Findings cite the library's practices and the transfers: after both.
  console.log(`  ${await seedFindings()}`);
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  return `seeded ${panels.length} panels, ${DEMO_MEMBERS.length} members, 1 concluded initiative, 3 published practices and 2 returned drafts in ${seconds} s`;
}
