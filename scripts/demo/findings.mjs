// The network's common findings and recommendations (docs/findings.md), seeded after the practice
// library and the transfers: 6 published findings, each citing published practices (and one a
// transfer) of at least two towns, and 8 published recommendations across the four audiences,
// each backed by findings and endorsed by some towns' coordinators. The path is the real one: the
// network admin drafts (one finding is proposed by Tartu's coordinator), publishes once the
// evidence spans two towns; coordinators endorse for their own town. Runs once, inside
// seed-demo.mjs's guard.
import { PRACTICE_API, api, tokenFor } from '../platform.mjs';

/** statement, explanation, themes, SDG targets, and the towns whose practices it cites. */
const FINDINGS = [
  ['Newcomers find work sooner when a resident mentors them',
    'Mentoring by volunteers who live in the town shortened the way to a first job in several partner towns; the towns that paired mentors by profession saw the clearest effect.',
    ['EMPLOYMENT', 'CIVIC_PARTICIPATION'], ['10.2', '10.7'], ['mechelen', 'tartu', 'delft']],
  ['Language learning works best where people already meet',
    'Courses held in libraries, sports clubs and markets kept more learners than classroom courses; informal conversation groups complemented them.',
    ['LANGUAGE_AND_EDUCATION', 'CULTURE_AND_SPORT'], ['10.2'], ['esbjerg', 'besancon', 'celje']],
  ['A single welcome desk reduces the time lost between offices',
    'Towns that gathered registration, housing and school enrolment at one desk report fewer missed appointments and shorter waits.',
    ['CIVIC_PARTICIPATION', 'HOUSING'], ['10.7', '11.1'], ['reggio-emilia', 'jelgava']],
  ['Residents plan public space better together with newcomers',
    'Participatory planning walks that included newly arrived residents produced designs that were used more widely and vandalised less.',
    ['PUBLIC_SPACE', 'CIVIC_PARTICIPATION'], ['11.3', '11.7'], ['panevezys', 'elbasan', 'delft']],
  ['Digital help desks only reach people when they are staffed by peers',
    'Self-service terminals went unused; help desks staffed by trained residents speaking the visitors\' languages were used weekly. What did not work counts here too.',
    ['DIGITAL_INCLUSION'], ['10.2'], ['tartu', 'celje']],
  ['Anti-discrimination training sticks when local employers co-design it',
    'Training designed with the employers who later hosted trainees changed hiring practice; generic awareness sessions did not.',
    ['ANTI_DISCRIMINATION', 'EMPLOYMENT'], ['10.3'], ['besancon', 'mechelen']],
];

/** audience, title, summary, actions, the findings (by index) that back it, endorsing towns. */
const RECOMMENDATIONS = [
  ['LOCAL_AUTHORITIES', 'Fund resident mentoring schemes',
    'Mentoring by residents is a low-cost way to shorten newcomers\' path to work.',
    ['Budget a coordinator for volunteer mentors', 'Pair mentors by profession', 'Count first jobs after six and twelve months'],
    [0], ['mechelen', 'tartu', 'delft']],
  ['LOCAL_AUTHORITIES', 'Open one welcome desk for newcomers',
    'One desk for registration, housing and schools saves newcomers and offices time.',
    ['Gather registration, housing and school enrolment at one desk', 'Publish the desk\'s opening hours in the town\'s main languages'],
    [2], ['reggio-emilia', 'jelgava', 'elbasan']],
  ['NATIONAL_POLICY_MAKERS', 'Recognise informal language learning',
    'Conversation groups and courses in everyday places keep learners; national programmes should count them.',
    ['Accept hours in certified conversation groups towards integration courses', 'Fund courses held outside classrooms'],
    [1], ['esbjerg', 'celje']],
  ['NATIONAL_POLICY_MAKERS', 'Let employers co-design anti-discrimination training',
    'Training that employers helped design changed hiring; national funds should ask for it.',
    ['Make employer participation a criterion of training grants'],
    [5, 0], ['besancon']],
  ['EU_INSTITUTIONS', 'Support peer-staffed digital help desks',
    'Digital inclusion needs people, not only terminals.',
    ['Allow programme funds to pay peer helpers', 'Share training material for peer helpers across the network'],
    [4], ['tartu', 'celje', 'panevezys']],
  ['EU_INSTITUTIONS', 'Fund town-to-town transfer of practices',
    'Practices travelled between partner towns when both sides could meet; transfer needs travel and translation budgets.',
    ['Fund study visits between towns adapting a practice', 'Fund translation of practice write-ups'],
    [0, 2], ['delft', 'mechelen']],
  ['CIVIL_SOCIETY_ORGANISATIONS', 'Plan public space walks with newcomers',
    'Organisations that know newcomers can bring them into planning walks.',
    ['Invite newcomers to the town\'s planning walks', 'Offer interpretation on the walks'],
    [3], ['panevezys', 'elbasan']],
  ['CIVIL_SOCIETY_ORGANISATIONS', 'Run conversation groups where people already meet',
    'Clubs, libraries and markets are where language learning lasts.',
    ['Host a weekly conversation group', 'Train volunteers to lead them'],
    [1, 3], ['besancon', 'esbjerg', 'celje']],
];

/** Publishes the demo findings and recommendations. Returns a line for the seed's log. */
export async function seedFindings() {
  const admin = await tokenFor('network-admin');
  const practices = (await api('GET', `${PRACTICE_API}/practices?size=100`, { token: admin })).items;
  const transfers = (await api('GET', `${PRACTICE_API}/transfers?size=100`, { token: admin })).items;
  const byTown = (town) => practices.filter((p) => p.city === town);

  const findings = [];
  for (const [i, [statement, explanation, themes, sdgTargets, towns]] of FINDINGS.entries()) {
    const evidence = towns.flatMap((town) => byTown(town).slice(0, 1)).map((p) => ({ kind: 'PRACTICE', id: p.id }));
    if (i === 0 && transfers.length > 0) evidence.push({ kind: 'TRANSFER', id: transfers[0].id });
    const body = { language: 'en', statement, explanation, themes, sdgTargets, evidence };
    // One finding is proposed by a town, as coordinators may; the network admin publishes it.
    const author = i === 1 ? await tokenFor('coordinator-tartu') : admin;
    const draft = await api('POST', `${PRACTICE_API}/findings`, { token: author, body });
    findings.push(await api('POST', `${PRACTICE_API}/findings/${draft.id}/publish`, { token: admin, ifMatch: draft.version }));
  }

  let endorsements = 0;
  for (const [audience, title, summary, actions, backing, towns] of RECOMMENDATIONS) {
    const body = { language: 'en', audience, title, summary, actions, findingIds: backing.map((i) => findings[i].id) };
    const draft = await api('POST', `${PRACTICE_API}/recommendations`, { token: admin, body });
    const published = await api('POST', `${PRACTICE_API}/recommendations/${draft.id}/publish`, {
      token: admin, ifMatch: draft.version,
    });
    for (const town of towns) {
      await api('PUT', `${PRACTICE_API}/recommendations/${published.id}/endorsements/${town}`, {
        token: await tokenFor(`coordinator-${town}`),
      });
      endorsements += 1;
    }
  }
  const audiences = new Set(RECOMMENDATIONS.map(([audience]) => audience));
  return `findings: ${findings.length} published, each citing at least two towns;`
    + ` ${RECOMMENDATIONS.length} recommendations to ${audiences.size} audiences with ${endorsements} endorsements`;
}
