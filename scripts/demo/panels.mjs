// Demo panels: one ACTIVE panel in each of the ten partner towns, each with a mandate, a term and
// 12–25 fictitious members spread so that the towns' balance differs: some lack a pillar's share,
// some a population group, some give public authority too many seats. Population groups only
// with consent (to the service's current consent text). Seeded by the network admin through the
// REST API; idempotent: an existing panel keeps its members, texts and status.
import { PANEL_API, api, tokenFor } from '../platform.mjs';

const C = 'CITIZEN';
const CO = 'CITIZENS_ORGANISATION';
const NP = 'NON_PROFIT_ORGANISATION';
const CS = 'CIVIL_SOCIETY_ORGANISATION';
const EX = 'EXPERT';
const OF = 'OFFICIAL';
const LA = 'LOCAL_AUTHORITY';
const NAT = 'NATIVE';
const EXP = 'EXPAT';
const NEW = 'NEWLY_ARRIVED_MIGRANT';
const PRE = 'PRECARIOUS_OR_VULNERABLE';

const TERM = { termStart: '2026-01-01', termEnd: '2027-12-31' };
const ENGLISH =
  'The panel advises the town on the integration of newcomers and speaks for its whole population: natives, expats, newly arrived migrants and people in precarious situations.';

/**
 * Per town: the mandate in its language, fictitious first and last names, and the seats as
 * [category, groups (declared with consent), organisation?]. The first seat chairs; `leaves`
 * seats are added and then leave again, so the panel has a history.
 */
const TOWNS = [
  {
    city: 'mechelen', name: 'Mechelen Local Panel of Stakeholders', lang: 'nl',
    mandate: 'Het panel adviseert de stad over de integratie van nieuwkomers en spreekt voor de hele bevolking.',
    first: ['Amira', 'Jan', 'Sofie', 'Lukas', 'Els', 'Yusuf', 'Nina', 'Pieter', 'Fatma', 'Wout'],
    last: ['Haddad', 'Peeters', 'Claes', 'Verbeke', 'Jacobs', 'Demir', 'Maes', 'Wouters'],
    // Balanced: every pillar 15–40 %, every group present.
    seats: [[LA, [], 'Stad Mechelen'], [C, [NEW]], [C, [NAT]], [C, [EXP]], [C, [PRE]], [CO, [], 'Welkom Mechelen'],
      [C, [NAT]], [NP, [], 'Huis van het Kind'], [CS, [NEW], 'Vluchtelingenwerk'], [NP, [PRE], 'Voedselbank'],
      [CS, []], [EX, [], 'KU Leuven'], [EX, [EXP]], [EX, []], [OF, [], 'Stad Mechelen'], [OF, []], [NP, []], [C, [NEW]]],
    leaves: 1,
  },
  {
    city: 'tartu', name: 'Tartu Local Panel of Stakeholders', lang: 'et',
    mandate: 'Kogu nõustab linna uustulnukate lõimimisel ja räägib kogu elanikkonna eest.',
    first: ['Mari', 'Jaan', 'Kadri', 'Tõnu', 'Liis', 'Andres', 'Kertu', 'Olena'],
    last: ['Tamm', 'Saar', 'Mägi', 'Kask', 'Rebane', 'Ilves', 'Koval'],
    // No one speaks for newly arrived migrants.
    seats: [[CO, [NAT], 'Tartu Noortekogu'], [C, [NAT]], [C, [EXP]], [C, [PRE]], [NP, [], 'Toidupank'], [CS, [NAT]],
      [NP, []], [EX, [], 'Tartu Ülikool'], [EX, [EXP]], [OF, [], 'Tartu Linnavalitsus'], [LA, []], [C, []], [CS, []], [EX, []]],
    leaves: 0,
  },
  {
    city: 'celje', name: 'Celje Local Panel of Stakeholders', lang: 'sl',
    mandate: 'Svet svetuje mestu pri vključevanju priseljencev in govori v imenu vsega prebivalstva.',
    first: ['Ana', 'Luka', 'Maja', 'Matej', 'Nina', 'Jure', 'Tjaša', 'Amir'],
    last: ['Novak', 'Horvat', 'Kranjc', 'Zupan', 'Potočnik', 'Kovač', 'Mlakar'],
    // Public authority holds 8 of 16 seats, above the 40 % cap.
    seats: [[LA, [], 'Mestna občina Celje'], [LA, []], [OF, []], [OF, [NAT]], [OF, []], [LA, []], [OF, []], [LA, []],
      [C, [NEW]], [C, [NAT]], [CO, [PRE]], [NP, [], 'Karitas Celje'], [CS, [EXP]], [EX, []], [EX, [], 'Univerza v Mariboru'], [C, []]],
    leaves: 1,
  },
  {
    city: 'delft', name: 'Delft Local Panel of Stakeholders', lang: 'nl',
    mandate: 'Het panel adviseert de gemeente over de inburgering van nieuwkomers en spreekt namens alle inwoners.',
    first: ['Sanne', 'Daan', 'Noor', 'Bram', 'Fenna', 'Karim', 'Lotte', 'Priya'],
    last: ['de Vries', 'Bakker', 'Visser', 'Smit', 'Mulder', 'Jansen', 'Rao'],
    // No expert at all: the expertise pillar holds no share.
    seats: [[OF, [], 'Gemeente Delft'], [C, [NEW]], [C, [EXP]], [C, [NAT]], [C, [PRE]], [CO, []], [C, []], [NP, [], 'Stichting Present'],
      [CS, [EXP]], [NP, []], [CS, [NEW]], [LA, []], [OF, []], [NP, [PRE]], [C, []]],
    leaves: 0,
  },
  {
    city: 'elbasan', name: 'Elbasan Local Panel of Stakeholders', lang: 'sq',
    mandate: 'Paneli këshillon bashkinë për integrimin e të ardhurve dhe flet në emër të gjithë popullsisë.',
    first: ['Arta', 'Ilir', 'Elira', 'Genti', 'Mirela', 'Dritan', 'Blerina'],
    last: ['Hoxha', 'Krasniqi', 'Shehu', 'Dervishi', 'Leka', 'Gjoka'],
    // Small but balanced.
    seats: [[CO, [NAT], 'Forumi i Qytetarëve'], [C, [NEW]], [C, [PRE]], [NP, [EXP], 'Ura e Shpresës'], [CS, []], [NP, []],
      [EX, [], 'Universiteti i Elbasanit'], [EX, []], [OF, [], 'Bashkia Elbasan'], [LA, []], [C, [NAT]], [CS, [NEW]]],
    leaves: 0,
  },
  {
    city: 'esbjerg', name: 'Esbjerg Local Panel of Stakeholders', lang: 'da',
    mandate: 'Panelet rådgiver kommunen om integration af nytilkomne og taler for hele befolkningen.',
    first: ['Mette', 'Lars', 'Sara', 'Mads', 'Ida', 'Omar', 'Freja', 'Piotr'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Kowalski'],
    // Civil society holds 1 of 13 seats, below the 15 % floor.
    seats: [[LA, [], 'Esbjerg Kommune'], [C, [NEW]], [C, [EXP]], [C, [NAT]], [C, [PRE]], [CO, []], [C, [EXP]], [NP, [], 'Røde Kors Esbjerg'],
      [EX, [], 'Syddansk Universitet'], [EX, []], [EX, [NAT]], [OF, []], [C, []]],
    leaves: 1,
  },
  {
    city: 'besancon', name: 'Panel local des parties prenantes de Besançon', lang: 'fr',
    mandate: 'Le panel conseille la ville sur l’intégration des nouveaux arrivants et parle au nom de toute la population.',
    first: ['Camille', 'Louis', 'Inès', 'Hugo', 'Léa', 'Moussa', 'Chloé', 'Théo', 'Awa'],
    last: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Diallo', 'Girard', 'Roux'],
    // Large and balanced.
    seats: [[LA, [], 'Ville de Besançon'], [C, [NEW]], [C, [NAT]], [C, [EXP]], [C, [PRE]], [CO, [], 'Conseil citoyen Planoise'], [C, [NAT]],
      [C, []], [NP, [], 'Secours populaire'], [CS, [NEW]], [NP, [PRE]], [CS, []], [NP, []], [CS, [EXP]], [EX, [], 'Université de Franche-Comté'],
      [EX, []], [EX, [NAT]], [EX, []], [OF, []], [OF, [], 'Grand Besançon'], [LA, []], [C, [NEW]], [NP, []], [EX, []], [OF, []]],
    leaves: 1,
  },
  {
    city: 'reggio-emilia', name: 'Panel locale di Reggio Emilia', lang: 'it',
    mandate: 'Il panel consiglia la città sull’integrazione dei nuovi arrivati e parla a nome di tutta la popolazione.',
    first: ['Giulia', 'Marco', 'Chiara', 'Luca', 'Sara', 'Karim', 'Elena', 'Matteo'],
    last: ['Rossi', 'Bianchi', 'Ferrari', 'Romano', 'Gallo', 'Benali', 'Costa'],
    // No one speaks for precarious or vulnerable people.
    seats: [[LA, [], 'Comune di Reggio Emilia'], [C, [NEW]], [C, [NAT]], [C, [EXP]], [CO, [NAT]], [C, [NEW]], [C, []], [NP, [], 'Caritas Reggiana'],
      [CS, [EXP]], [NP, []], [CS, []], [NP, [NAT]], [EX, [], 'Università di Modena e Reggio Emilia'], [EX, []], [EX, [NEW]], [EX, []],
      [OF, []], [OF, []], [LA, []], [CO, []]],
    leaves: 0,
  },
  {
    city: 'jelgava', name: 'Jelgavas vietējā ieinteresēto pušu padome', lang: 'lv',
    mandate: 'Padome konsultē pilsētu par jaunpienācēju integrāciju un runā visu iedzīvotāju vārdā.',
    first: ['Zelma', 'Jānis', 'Ilze', 'Mārtiņš', 'Anna', 'Roberts', 'Līga'],
    last: ['Ozola', 'Bērziņš', 'Kalniņa', 'Liepa', 'Krūmiņš', 'Zariņa'],
    // Public authority 8 of 17 seats and no one speaks for expats.
    seats: [[LA, [], 'Jelgavas valstspilsētas pašvaldība'], [LA, []], [OF, []], [OF, [NAT]], [LA, []], [OF, []], [OF, []], [LA, []],
      [C, [NEW]], [C, [NAT]], [C, [PRE]], [CO, []], [NP, [], 'Sarkanais Krusts'], [CS, [NEW]], [EX, [], 'Latvijas Biozinātņu universitāte'],
      [EX, []], [C, []]],
    leaves: 1,
  },
  {
    city: 'panevezys', name: 'Panevėžio vietos suinteresuotųjų šalių grupė', lang: 'lt',
    mandate: 'Grupė pataria miestui dėl atvykėlių integracijos ir kalba visų gyventojų vardu.',
    first: ['Rūta', 'Jonas', 'Aistė', 'Tomas', 'Ona', 'Darius', 'Ieva'],
    last: ['Kazlauskienė', 'Petrauskas', 'Jankauskaitė', 'Stankevičius', 'Vasiliauskas', 'Žukauskas'],
    // Citizens hold 1 of 14 seats, below the 15 % floor; precarious people have no voice.
    seats: [[LA, [], 'Panevėžio miesto savivaldybė'], [C, [NEW]], [NP, [NAT], 'Maltiečių pagalbos tarnyba'], [CS, [EXP]], [NP, []], [CS, [NAT]],
      [NP, []], [EX, [], 'Kauno technologijos universitetas'], [EX, [NEW]], [EX, []], [EX, []], [OF, []], [OF, []], [CS, []]],
    leaves: 0,
  },
];

function member(town, [category, groups, organisation], i) {
  const name = `${town.first[i % town.first.length]} ${town.last[(i * 3 + 1) % town.last.length]}`;
  const consent = groups.length > 0;
  return {
    displayName: name,
    stakeholderCategory: category,
    role: i === 0 ? 'CHAIR' : 'MEMBER',
    organisation: organisation ?? null,
    populationGroups: groups,
    consentRecorded: consent,
    consentTextVersion: consent ? 'consent-v1' : null,
  };
}

async function findOrCreate(token, town) {
  const page = await api('GET', `${PANEL_API}/panels?city=${town.city}&size=100`);
  const found = page.items.find((panel) => panel.name === town.name);
  const summary = found ?? (await api('POST', `${PANEL_API}/panels`, { token, body: { city: town.city, name: town.name } }));
  return api('GET', `${PANEL_API}/panels/${summary.id}`, { token });
}

/** Seeds the ten towns' panels; returns what it did, for the platform's log. */
export async function seedPanels() {
  const token = await tokenFor('network-admin');
  let members = 0;
  let activated = 0;
  for (const town of TOWNS) {
    let panel = await findOrCreate(token, town);
    if (Object.keys(panel.mandate).length === 0) {
      panel = await api('PUT', `${PANEL_API}/panels/${panel.id}`, {
        token,
        ifMatch: panel.version,
        body: { name: panel.name, description: panel.description, mandate: { [town.lang]: town.mandate, en: ENGLISH }, ...TERM },
      });
    }
    if (panel.composition.members === 0) {
      for (const [i, seat] of town.seats.entries()) {
        await api('POST', `${PANEL_API}/panels/${panel.id}/members`, { token, body: member(town, seat, i) });
        members += 1;
      }
      for (let i = 0; i < town.leaves; i += 1) {
        const leaving = await api('POST', `${PANEL_API}/panels/${panel.id}/members`, {
          token,
          body: member(town, [C, [], null], town.seats.length + i),
        });
        await api('POST', `${PANEL_API}/panels/${panel.id}/members/${leaving.id}/leave`, {
          token,
          ifMatch: leaving.version,
          body: { reason: 'Moved away' },
        });
      }
      panel = await api('GET', `${PANEL_API}/panels/${panel.id}`, { token });
    }
    const others = await api('GET', `${PANEL_API}/panels?city=${town.city}&size=100`);
    if (panel.status === 'FORMING' && !others.items.some((p) => p.status === 'ACTIVE')) {
      await api('POST', `${PANEL_API}/panels/${panel.id}/transitions`, { token, ifMatch: panel.version, body: { to: 'ACTIVE' } });
      activated += 1;
    }
  }
  return `panels: ${TOWNS.length} towns, ${members} members added, ${activated} panels activated`;
}
