// Demo initiatives: in every town with a panel, 3–6 initiatives across the lifecycle (DRAFT …
// CONCLUDED) with themes, target groups, SDG targets, a budget in the town's currency, partner
// organisations and milestones. Idempotent: an initiative whose title the town already has is
// left as it is. Runs before the Mechelen initiative→practice chain, which it does not touch.
import { INITIATIVE_API, PANEL_API, api, eventually, tokenFor } from '../platform.mjs';

const DAY = 24 * 60 * 60 * 1000;
const CURRENCY = { elbasan: 'ALL', esbjerg: 'DKK' };
// ALL and DKK budgets are larger numbers for the same effort
const RATE = { ALL: 100, DKK: 7.5, EUR: 1 };

/** Templates; `{town}` is the town's name. `status` is where the demo leaves it. */
const TEMPLATES = [
  {
    title: 'Language café at the {town} library',
    summary: 'Weekly evenings where newcomers practise the local language with volunteer residents.',
    themes: ['LANGUAGE_AND_EDUCATION', 'CIVIC_PARTICIPATION'],
    targetGroups: ['NEWLY_ARRIVED_MIGRANT', 'NATIVE'],
    sdgTargets: ['10.2', '10.7'],
    budget: 8500,
    partners: ['Public library', 'Volunteer centre'],
    milestones: [['First evening', -60, true], ['Volunteer training', -30, true], ['Evaluation with participants', 45, false]],
    status: 'PILOTING',
  },
  {
    title: '{town} welcome desk run by newcomers',
    summary: 'Migrants who settled earlier guide new arrivals through housing, schools and services.',
    themes: ['CIVIC_PARTICIPATION', 'HOUSING'],
    targetGroups: ['NEWLY_ARRIVED_MIGRANT', 'EXPAT'],
    sdgTargets: ['10.7', '11.1'],
    budget: 22000,
    partners: ['Migrant association', 'Social housing company'],
    milestones: [['Desk opens', -120, true], ['Six-month review', -10, true]],
    status: 'UNDER_REVIEW',
  },
  {
    title: 'Job mentoring pairs in {town}',
    summary: 'Local employers mentor jobseekers with a migration background for six months.',
    themes: ['EMPLOYMENT', 'ANTI_DISCRIMINATION'],
    targetGroups: ['NEWLY_ARRIVED_MIGRANT', 'PRECARIOUS_OR_VULNERABLE'],
    sdgTargets: ['10.2', '10.3'],
    budget: 15000,
    partners: ['Chamber of commerce', 'Public employment service'],
    milestones: [['Twenty pairs matched', 30, false], ['Midterm meeting', 120, false]],
    status: 'APPROVED',
  },
  {
    title: 'Neighbourhood square redesigned with residents of {town}',
    summary: 'Residents of all backgrounds co-design the renovation of a neglected square.',
    themes: ['PUBLIC_SPACE', 'CIVIC_PARTICIPATION', 'CULTURE_AND_SPORT'],
    targetGroups: ['NATIVE', 'EXPAT', 'NEWLY_ARRIVED_MIGRANT'],
    sdgTargets: ['11.3', '11.7'],
    budget: 48000,
    partners: ['Urban planning department', 'Neighbourhood committee'],
    milestones: [['Design walk', -200, true], ['Final plan', -150, true], ['Square reopened', -20, true]],
    status: 'CONCLUDED',
    outcome: 'ADAPTED',
  },
  {
    title: 'Digital help hours in {town}',
    summary: 'Students help older and precarious residents with online public services.',
    themes: ['DIGITAL_INCLUSION'],
    targetGroups: ['PRECARIOUS_OR_VULNERABLE', 'NATIVE'],
    sdgTargets: ['10.2'],
    budget: 4000,
    partners: ['Vocational school'],
    milestones: [['Pilot week', 60, false]],
    status: 'PROPOSED',
  },
  {
    title: 'Health navigators for newcomers in {town}',
    summary: 'Trained community members explain the health system in newcomers’ languages.',
    themes: ['HEALTH', 'LANGUAGE_AND_EDUCATION'],
    targetGroups: ['NEWLY_ARRIVED_MIGRANT'],
    sdgTargets: ['10.2', '10.7'],
    budget: 12000,
    partners: ['Community health centre', 'Red Cross'],
    milestones: [['Navigators trained', 90, false]],
    status: 'DRAFT',
  },
];

const PATH = ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW', 'CONCLUDED'];

function body(template, panel, town, now) {
  const currency = CURRENCY[panel.city] ?? 'EUR';
  return {
    panelId: panel.id,
    language: 'en',
    title: template.title.replace('{town}', town),
    summary: template.summary,
    themes: template.themes,
    targetGroups: template.targetGroups,
    sdgTargets: template.sdgTargets,
    budget: { amount: template.budget * RATE[currency], currency },
    partners: template.partners.map((p) => `${town} ${p}`),
    milestones: template.milestones.map(([title, days, done]) => ({
      title,
      dueOn: new Date(now + days * DAY).toISOString().slice(0, 10),
      done,
    })),
  };
}

async function walk(token, initiative, template) {
  let current = initiative;
  for (const to of PATH.slice(0, PATH.indexOf(template.status) + 1)) {
    const concluding = to === 'CONCLUDED';
    current = await api('POST', `${INITIATIVE_API}/initiatives/${current.id}/transitions`, {
      token,
      ifMatch: current.version,
      body: {
        to,
        reason: `Demo: the panel moved it to ${to}`,
        ...(concluding ? { outcome: template.outcome, conclusion: 'The panel keeps it in an adapted form.' } : {}),
      },
    });
  }
}

export async function seedInitiatives() {
  const token = await tokenFor('network-admin');
  const panels = await api('GET', `${PANEL_API}/panels?size=100`, { token });
  const now = Date.now();
  let created = 0;
  for (const [n, panel] of panels.items.entries()) {
    const town = panel.city.charAt(0).toUpperCase() + panel.city.slice(1);
    const existing = await eventually(() =>
      api('GET', `${INITIATIVE_API}/initiatives?city=${panel.city}&size=100`, { token }),
    );
    const titles = new Set(existing.items.map((i) => i.title));
    // 3 to 6 per town, always from DRAFT… through CONCLUDED in the first towns
    const count = 3 + (n % 4);
    const chosen = [TEMPLATES[0], TEMPLATES[3], TEMPLATES[5], TEMPLATES[1], TEMPLATES[2], TEMPLATES[4]].slice(0, count);
    for (const template of chosen) {
      const request = body(template, panel, town, now);
      if (titles.has(request.title)) continue;
      // The initiative service learns about the panel from panel-events: retry until it has.
      const initiative = await eventually(() =>
        api('POST', `${INITIATIVE_API}/initiatives`, { token, body: request }),
      );
      await walk(token, initiative, template);
      created += 1;
    }
  }
  return `initiatives: ${created} created`;
}
