// Demo data of the practice exchange beyond the Mechelen chain: every practice goes through the
// network's validation (the town submits, the network admin publishes or returns it with reasons),
// and published practices travel to other towns (transfers in every state). Runs once, right
// after the Mechelen practice is published (seed-demo.mjs guards the whole chain).
import { INITIATIVE_API, PANEL_API, PRACTICE_API, api, eventually, tokenFor } from '../platform.mjs';

const SQUARE = (town) => ({
  summary: `Residents of all backgrounds of ${town} co-designed the renovation of a neglected square.`,
  context: 'The square was avoided after dark; newcomers and long-time residents used it at different hours.',
  approach: 'Three design walks and two open workshops in four languages; the panel chose between three plans.',
  results: 'The renovated square hosts a weekly market; visits after 18:00 rose from 40 to 210 per evening.',
  resources: 'Urban planning staff (0.3 FTE for a year), a workshop budget, interpreters, the renovation itself.',
  transferability: 'Needs a square the town means to renovate anyway and planners willing to change their plan.',
  lessons: 'Online surveys reached few newcomers; walks on site did. Decide early who has the final say.',
});

/** The draft a concluded initiative became (initiative-events → practice-exchange-service). */
export async function draftTitled(token, city, title) {
  return eventually(async () => {
    const drafts = await api('GET', `${PRACTICE_API}/practices?city=${city}&status=DRAFT&size=100`, { token });
    const found = drafts.items.find((item) => item.title === title);
    if (!found) throw new Error(`the drafted practice "${title}" of ${city} did not appear within 30 s`);
    return found;
  });
}

/** Writes the practice's texts and submits it: the town's part of the validation. */
async function writeAndSubmit(token, draft, texts) {
  const edited = await api('PUT', `${PRACTICE_API}/practices/${draft.id}`, {
    token, ifMatch: draft.version, body: { title: draft.title, ...texts },
  });
  return api('POST', `${PRACTICE_API}/practices/${edited.id}/submit`, { token, ifMatch: edited.version });
}

/** A Celje initiative kept in an adapted form; its draft is returned for the personal data it names. */
async function concludeAdapted(token) {
  const panels = await api('GET', `${PANEL_API}/panels?city=celje&size=100`, { token });
  const title = 'Evening language classes in Celje';
  let initiative = await eventually(() => api('POST', `${INITIATIVE_API}/initiatives`, {
    token, body: { panelId: panels.items[0].id, title, summary: 'Free evening classes of Slovene for newcomers.' },
  }));
  for (const to of ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW']) {
    initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
      token, ifMatch: initiative.version, body: { to, reason: `Demo: the panel moved it to ${to}` },
    });
  }
  await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
    token, ifMatch: initiative.version,
    body: { to: 'CONCLUDED', reason: 'Demo: review finished', outcome: 'ADAPTED', conclusion: 'Kept as afternoon classes with childcare.' },
  });
  return title;
}

/**
 * The squares of Tartu and Celje are published; the Mechelen square and the Celje evening classes
 * are returned to their towns with the network admin's reasons. Returns the published practices.
 */
export async function seedValidation() {
  const admin = await tokenFor('network-admin');
  const published = [];
  for (const [city, town] of [['tartu', 'Tartu'], ['celje', 'Celje']]) {
    const token = await tokenFor(`coordinator-${city}`);
    const draft = await draftTitled(token, city, `Neighbourhood square redesigned with residents of ${town}`);
    const submitted = await writeAndSubmit(token, draft, SQUARE(town));
    published.push(await api('POST', `${PRACTICE_API}/practices/${submitted.id}/publish`, {
      token: admin, ifMatch: submitted.version,
    }));
  }

  const returns = [];
  const mechelen = await tokenFor('coordinator-mechelen');
  returns.push([
    await writeAndSubmit(
      mechelen,
      await draftTitled(mechelen, 'mechelen', 'Neighbourhood square redesigned with residents of Mechelen'),
      { ...SQUARE('Mechelen'), results: 'People liked it.' },
    ),
    'The results give no evidence: please add what was measured (visits, events, survey answers) and when.',
  ]);
  const celje = await tokenFor('coordinator-celje');
  const classes = await draftTitled(celje, 'celje', await concludeAdapted(celje));
  returns.push([
    await writeAndSubmit(celje, classes, {
      summary: 'Free classes of Slovene for newcomers: evenings failed, afternoons with childcare work.',
      context: 'Newcomers working day shifts could not attend the daytime courses of the adult education centre.',
      approach: 'Two evenings a week in a primary school, taught by the volunteer teacher Marija Novak, who also keeps the list of participants.',
      results: 'Evenings: 22 enrolled, fewer than 5 after a month. Afternoons with childcare: 18 of 20 finished the course.',
      resources: 'A classroom, two volunteer teachers, printed course books.',
      transferability: 'Needs childcare during the classes and a paid teacher; volunteers alone do not keep the schedule.',
      lessons: 'Without childcare, parents stopped coming; volunteers alone could not keep the schedule.',
    }),
    'The approach names a volunteer: personal data must not be published. Name her role instead of her name.',
  ]);
  for (const [practice, reason] of returns) {
    await api('POST', `${PRACTICE_API}/practices/${practice.id}/return`, {
      token: admin, ifMatch: practice.version, body: { reason },
    });
  }
  return published;
}

/**
 * Transfers of the published practices, in every state: who takes up which town's practice, the
 * steps the adopting town takes (ADAPTING links the initiative whose title starts as named) and
 * the answer of the practice's town. A town registers again only after its earlier transfer ended.
 */
const TRANSFERS = [
  { from: 'mechelen', to: 'tartu', note: 'Tartu wants a welcome desk for the students’ families arriving each autumn.',
    steps: [['ADAPTING', 'Tartu welcome desk'], ['TRANSFERRED', 'Staffed by university volunteers and open on Saturdays instead of Wednesdays.']],
    answer: 'Glad it travelled! Our volunteer training plan is yours to use: ask the welcome desk coordinator.' },
  { from: 'mechelen', to: 'celje', note: 'Celje has a volunteer centre that could staff the desk.',
    answer: 'Start with two afternoons a week; evenings did not work for us.' },
  { from: 'tartu', to: 'mechelen', note: 'Our square on the Vest side needs the same approach.',
    steps: [['ADAPTING', 'Neighbourhood square']] },
  { from: 'tartu', to: 'celje', note: 'A square near the old town is due for renovation.',
    steps: [['ABANDONED', 'The renovation was postponed by two years; we will come back to it.']] },
  { from: 'tartu', to: 'celje', note: 'The renovation is back on the agenda for next spring.' },
  { from: 'celje', to: 'mechelen', note: 'Interested in how the design walks were run in four languages.' },
  { from: 'celje', to: 'tartu', note: 'Could fit the renovation of the Annelinn courtyards.',
    steps: [['ADAPTING', 'Neighbourhood square'], ['ABANDONED', 'The housing company took the courtyards over and chose its own plan.']] },
  { from: 'celje', to: 'tartu', note: 'A second try, this time for the Karlova square.' },
];

async function initiativeOf(token, city, titleStart) {
  const initiatives = await api('GET', `${INITIATIVE_API}/initiatives?city=${city}&size=100`, { token });
  const found = initiatives.items.find((i) => i.title.startsWith(titleStart)) ?? initiatives.items[0];
  if (!found) throw new Error(`${city} has no initiative to adapt a practice with`);
  return found.id;
}

/** Registers and moves the demo transfers of `published` (practices of Mechelen, Tartu and Celje). */
export async function seedTransfers(published) {
  let count = 0;
  for (const plan of TRANSFERS) {
    const practice = published.find((p) => p.city === plan.from);
    if (!practice) continue;
    const token = await tokenFor(`coordinator-${plan.to}`);
    let transfer = await api('POST', `${PRACTICE_API}/practices/${practice.id}/transfers`, {
      token, body: { note: plan.note },
    });
    for (const [to, value] of plan.steps ?? []) {
      const body = to === 'ADAPTING' ? { to, initiativeId: await initiativeOf(token, plan.to, value) } : { to, text: value };
      transfer = await api('POST', `${PRACTICE_API}/transfers/${transfer.id}/transitions`, {
        token, ifMatch: transfer.version, body,
      });
    }
    if (plan.answer) {
      await api('PUT', `${PRACTICE_API}/transfers/${transfer.id}/answer`, {
        token: await tokenFor(`coordinator-${plan.from}`), ifMatch: transfer.version, body: { text: plan.answer },
      });
    }
    count += 1;
  }
  return `transfers: ${count} registered`;
}
