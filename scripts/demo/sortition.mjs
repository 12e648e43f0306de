// Demo sortition: a pool of 150 fictional candidates in Mechelen and in Tartu (category, gender,
// age band, neighbourhood, households), quotas for a 22-seat draw, and in Mechelen a draw that
// ran and was confirmed (its candidates joined the panel). Generated deterministically, so every
// run seeds the same people; idempotent: a pool that has candidates is left alone.
import { PANEL_API, api, eventually, tokenFor } from '../platform.mjs';

const POOL_SIZE = 150;
const SEATS = 22;
/** The seed the Mechelen draw is announced with (any 64-bit number; published with the draw). */
const DEMO_SEED = '20190301';

const TOWNS = [
  {
    city: 'mechelen',
    user: 'coordinator-mechelen',
    confirm: true,
    streets: ['Bruul', 'Ijzerenleen', 'Nekkerspoel', 'Battel', 'Tervuursesteenweg', 'Hanswijkstraat'],
    neighbourhoods: ['Centrum', 'Nekkerspoel', 'Battel', 'Hombeek', 'Muizen'],
    first: ['An', 'Bram', 'Chloé', 'Dries', 'Emma', 'Farid', 'Griet', 'Hamza', 'Ines', 'Jens', 'Kato', 'Lotte', 'Mehdi', 'Nora', 'Omar', 'Pieter'],
    last: ['Peeters', 'Janssens', 'Maes', 'El Amrani', 'Claes', 'Wouters', 'De Smet', 'Yilmaz', 'Goossens', 'Vermeulen'],
    postcode: '2800',
  },
  {
    city: 'tartu',
    user: 'coordinator-tartu',
    confirm: false,
    streets: ['Rüütli', 'Riia', 'Narva mnt', 'Annelinna', 'Tähe', 'Kalda tee'],
    neighbourhoods: ['Kesklinn', 'Annelinn', 'Karlova', 'Supilinn', 'Ropka'],
    first: ['Mari', 'Jaan', 'Liis', 'Tõnu', 'Kadri', 'Andrei', 'Olga', 'Mihkel', 'Kertu', 'Rasmus', 'Anna', 'Dmitri', 'Grete', 'Sander'],
    last: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Ivanov', 'Kuusk', 'Rebane', 'Petrov', 'Ilves'],
    postcode: '50090',
  },
];

const CATEGORIES = ['CITIZEN', 'CITIZEN', 'CITIZEN', 'CITIZENS_ORGANISATION', 'NON_PROFIT_ORGANISATION', 'CIVIL_SOCIETY_ORGANISATION', 'EXPERT', 'OFFICIAL', 'LOCAL_AUTHORITY'];
const GROUPS = ['NATIVE', 'EXPAT', 'NEWLY_ARRIVED_MIGRANT', 'PRECARIOUS_OR_VULNERABLE'];
const AGE_BANDS = ['16-29', '30-44', '45-64', '65+'];

/** mulberry32: a small seeded generator, so the demo people are the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(next, list) {
  return list[Math.floor(next() * list.length)];
}

function csvCell(value) {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The candidates CSV of one town: about one in six shares an address with the one before. */
export function candidatesCsv(town, seed) {
  const next = random(seed);
  const rows = [['id', 'first_name', 'last_name', 'email', 'address1', 'postcode', 'category', 'gender', 'age_band', 'neighbourhood', 'population_group', 'consent_text_version']];
  let address = '';
  for (let i = 1; i <= POOL_SIZE; i += 1) {
    if (i === 1 || next() > 0.17) address = `${pick(next, town.streets)} ${1 + Math.floor(next() * 120)}`;
    const first = pick(next, town.first);
    const last = pick(next, town.last);
    // About half recorded a population group, always with the consent text they agreed to.
    const group = next() < 0.5 ? pick(next, GROUPS) : '';
    rows.push([
      `${town.city}-${String(i).padStart(3, '0')}`,
      first,
      last,
      `${first}.${last}.${i}@example.org`.toLowerCase().replaceAll(' ', ''),
      address,
      town.postcode,
      pick(next, CATEGORIES),
      next() < 0.5 ? 'female' : 'male',
      pick(next, AGE_BANDS),
      pick(next, town.neighbourhoods),
      group,
      group ? 'consent-2019-02' : '',
    ]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** Quotas for 22 seats: gender about even, every age band and pillar present, no neighbourhood left out. */
function quotasCsv(town) {
  const lines = ['feature,value,min,max', 'gender,female,10,12', 'gender,male,10,12'];
  for (const band of AGE_BANDS) lines.push(`age_band,${band},3,8`);
  for (const n of town.neighbourhoods) lines.push(`neighbourhood,${n},2,7`);
  lines.push('category,CITIZEN,6,10', 'category,EXPERT,1,3', 'category,LOCAL_AUTHORITY,1,2');
  return `${lines.join('\n')}\n`;
}

async function putCsv(url, token, version, text) {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv', 'If-Match': `"${version}"`, Accept: 'application/json' },
    body: text,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`PUT ${url} → ${response.status}: ${json.detail} ${JSON.stringify(json.issues ?? [])}`);
  return json;
}

async function panelOf(town, token) {
  const page = await api('GET', `${PANEL_API}/panels?city=${town.city}&size=100`);
  return page.items[0]
    ?? api('POST', `${PANEL_API}/panels`, { token, body: { city: town.city, name: `${town.city} Local Panel of Stakeholders` } });
}

export async function seedSortition() {
  const done = [];
  for (const [index, town] of TOWNS.entries()) {
    const token = await tokenFor(town.user);
    const panel = await panelOf(town, token);
    const base = `${PANEL_API}/panels/${panel.id}`;
    let pool = await api('GET', `${base}/pool`, { token });
    if (pool.candidateCount > 0) continue;
    pool = await putCsv(`${base}/pool/candidates.csv`, token, pool.version, candidatesCsv(town, 2019 + index));
    pool = await putCsv(`${base}/pool/quotas.csv`, token, pool.version, quotasCsv(town));
    pool = await api('PUT', `${base}/pool`, {
      token, ifMatch: pool.version,
      body: { seats: SEATS, onePerHousehold: true, addressColumns: pool.addressColumns, quotas: pool.quotas },
    });
    if (town.confirm) {
      const started = await api('POST', `${base}/draws`, { token, body: { seed: DEMO_SEED } });
      const drawn = await eventually(async () => {
        const draw = await api('GET', `${base}/draws/${started.id}`, { token });
        if (draw.status === 'RUNNING') throw new Error('the demo draw is still running');
        if (draw.status !== 'DONE') throw new Error(`the demo draw ended ${draw.status}: ${draw.failure?.message}`);
        return draw;
      }, 120_000);
      await api('POST', `${base}/draws/${drawn.id}/confirmation`, { token, ifMatch: drawn.version });
    }
    done.push(town.city);
  }
  return done.length === 0 ? 'sortition demo already present' : `seeded candidate pools in ${done.join(', ')}`;
}
