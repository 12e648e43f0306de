// Demo residents' feedback: in Mechelen, an initiative being piloted with an OPEN survey in Dutch
// and French, 24 anonymous answers (as residents would send them through /s/{token}, each from
// its own random browser token) and three approved quotes. Idempotent: a survey that exists
// already is left as it is.
import { INITIATIVE_API, PANEL_API, api, eventually, tokenFor } from '../platform.mjs';

const TITLE = 'Language café with neighbours';
const SUMMARY = 'Every Thursday evening newcomers and long-time residents practise Dutch over coffee in the library.';

const DEFINITION = {
  languages: ['nl', 'fr'],
  title: { nl: 'Hoe vindt u het taalcafé?', fr: 'Que pensez-vous du café des langues ?' },
  questions: [
    { kind: 'RATING', text: { nl: 'Hoe nuttig is het taalcafé voor u?', fr: 'Le café des langues vous est-il utile ?' } },
    {
      kind: 'CHOICE',
      text: { nl: 'Hoe hebt u ervan gehoord?', fr: 'Comment en avez-vous entendu parler ?' },
      options: [
        { nl: 'Affiche in de bibliotheek', fr: 'Affiche à la bibliothèque' },
        { nl: 'Via vrienden of buren', fr: 'Par des amis ou des voisins' },
        { nl: 'Via het OCMW of een vereniging', fr: 'Par le CPAS ou une association' },
      ],
    },
    { kind: 'RATING', text: { nl: 'Voelt u zich welkom?', fr: 'Vous sentez-vous bienvenu·e ?' } },
    { kind: 'FREE_TEXT', text: { nl: 'Wat zouden we beter kunnen doen?', fr: "Que pourrions-nous faire mieux ?" } },
  ],
};

// Fictitious answers: [usefulness, how heard (option index), welcome, free text or null].
const ANSWERS = [
  [5, 0, 5, 'Ik spreek nu elke week Nederlands met mijn buurvrouw. Dank je!'],
  [4, 1, 5, 'Graag ook op zaterdag, ik werk op donderdag.'],
  [5, 2, 4, null],
  [3, 0, 4, 'Plus de tables pour les débutants, s.v.p.'],
  [4, 1, 5, 'Mail me op jan.peeters@example.be voor meer vrijwilligers'],
  [5, 1, 5, null],
  [2, 0, 3, 'Het was te druk, ik kon weinig praten.'],
  [4, 2, 4, null],
  [5, 1, 5, 'Super ambiance, merci aux bénévoles !'],
  [4, 0, 4, null],
  [3, 2, 3, 'Kinderopvang zou helpen.'],
  [5, 1, 5, null],
  [4, 1, 4, 'Bel me: 0470 12 34 56'],
  [5, 0, 5, null],
  [4, 2, 5, null],
  [3, 1, 4, 'Un peu plus de thèmes pratiques : la banque, le médecin.'],
  [5, 0, 5, null],
  [4, 1, 4, null],
  [5, 2, 5, 'Dankzij het taalcafé heb ik werk gevonden.'],
  [4, 0, 3, null],
  [2, 1, 3, null],
  [5, 1, 5, null],
  [4, 0, 4, 'Meer mannen uitnodigen, het zijn vooral vrouwen.'],
  [5, 2, 5, null],
];

// Approved as quotes (the others stay pending for the coordinator to decide in the demo).
const APPROVED = [
  'Ik spreek nu elke week Nederlands met mijn buurvrouw. Dank je!',
  'Super ambiance, merci aux bénévoles !',
  'Dankzij het taalcafé heb ik werk gevonden.',
];

async function answer(token, index, [useful, heard, welcome, text]) {
  const answers = [
    { questionId: 'q1', rating: useful },
    { questionId: 'q2', choice: `q2o${heard + 1}` },
    { questionId: 'q3', rating: welcome },
  ];
  if (text) answers.push({ questionId: 'q4', text });
  const body = { answerToken: `demo-resident-browser-${String(index).padStart(3, '0')}`, answers };
  for (;;) {
    try {
      return await api('POST', `${INITIATIVE_API}/public/surveys/${token}/responses`, { body });
    } catch (error) {
      // The demo answers from one address: wait out the per-client rate limit like a resident would.
      if (error.status !== 429) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }
}

export async function seedSurvey() {
  const token = await tokenFor('coordinator-mechelen');
  const panels = await api('GET', `${PANEL_API}/panels?city=mechelen&size=100`);
  const panel = panels.items.find((p) => p.status === 'ACTIVE') ?? panels.items[0];
  if (!panel) return 'survey: no Mechelen panel';
  const list = await api('GET', `${INITIATIVE_API}/initiatives?city=mechelen&size=100`, { token });
  let initiative = list.items.find((i) => i.title === TITLE);
  if (!initiative) {
    initiative = await eventually(() =>
      api('POST', `${INITIATIVE_API}/initiatives`, { token, body: { panelId: panel.id, title: TITLE, summary: SUMMARY } }),
    );
    for (const to of ['PROPOSED', 'APPROVED', 'PILOTING']) {
      initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
        token, ifMatch: initiative.version, body: { to, reason: `Demo: the panel moved it to ${to}` },
      });
    }
  }
  const slot = await api('GET', `${INITIATIVE_API}/initiatives/${initiative.id}/survey`, { token });
  if (slot.survey) return `survey: present (${slot.survey.responseCount} responses)`;
  let survey = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/survey`, { token, body: DEFINITION });
  survey = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/survey/status`, {
    token, ifMatch: survey.version, body: { to: 'OPEN' },
  });
  for (const [index, row] of ANSWERS.entries()) await answer(survey.publicToken, index, row);
  const results = await api('GET', `${INITIATIVE_API}/initiatives/${initiative.id}/survey/results`, { token });
  for (const quote of results.moderation.filter((q) => APPROVED.includes(q.text))) {
    await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/survey/quotes/${quote.id}/decision`, {
      token, ifMatch: quote.version, body: { approved: true },
    });
  }
  return `survey: seeded in Mechelen with ${ANSWERS.length} answers and ${APPROVED.length} approved quotes (/s/${survey.publicToken})`;
}
