// The demo practice library: three practices of every partner town (demo/library-texts.mjs), each
// the write-up of an initiative its coordinator concluded. The chain is the real one: the
// initiative is concluded (ADOPTED, ADAPTED or DISCONTINUED) → initiative-events → the practice
// exchange drafts it → the coordinator writes the text in the town's language, classifies it
// (themes, target groups, SDG targets, contact role) and translates some of it → submits → the
// network admin publishes it. Towns run in parallel. The seven towns without a demo coordinator
// get one first, created by the network admin through Keycloak's admin API (as in the README's
// "create a coordinator for a town"). Runs once, inside seed-demo.mjs's guard.
import { INITIATIVE_API, PANEL_API, PLATFORM, PRACTICE_API, api, eventually, tokenFor } from '../platform.mjs';
import { draftTitled } from './exchange.mjs';
import { LIBRARY, SECTIONS } from './library-texts.mjs';

const KEYCLOAK_ADMIN = `${PLATFORM.keycloak.url}/admin/realms/${PLATFORM.keycloak.realm}`;
const STEPS = ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW'];

/** The sections given, by name; blanks (a translation's fields left out) are not sent. */
function sections(values) {
  return Object.fromEntries(values.map((value, i) => [SECTIONS[i], value]).filter(([, value]) => value));
}

/** Keycloak's admin API answers 201/204 without a JSON body. */
async function keycloak(method, path, token, body) {
  const response = await fetch(`${KEYCLOAK_ADMIN}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
  return response.status === 200 ? response.json() : null;
}

/** coordinator-<town> with the demo password, its town and the city-coordinator role. */
async function ensureCoordinator(admin, city) {
  const username = `coordinator-${city}`;
  if ((await keycloak('GET', `/users?exact=true&username=${username}`, admin)).length > 0) return 0;
  await keycloak('POST', '/users', admin, {
    username, enabled: true, emailVerified: true, firstName: 'Demo', lastName: 'Coordinator',
    email: `${username}@cohesion.test`, attributes: { city: [city] },
    credentials: [{ type: 'password', value: 'demo', temporary: false }],
  });
  const [user] = await keycloak('GET', `/users?exact=true&username=${username}`, admin);
  const role = await keycloak('GET', '/roles/city-coordinator', admin);
  await keycloak('POST', `/users/${user.id}/role-mappings/realm`, admin, [role]);
  return 1;
}

/** Concludes the initiative the practice tells of; the conclusion is its result or its lesson. */
async function conclude(token, panelId, practice) {
  const [title, summary] = practice.text;
  let initiative = await eventually(() => api('POST', `${INITIATIVE_API}/initiatives`, {
    token,
    body: {
      panelId, language: practice.language, title, summary,
      themes: practice.themes, targetGroups: practice.targetGroups, sdgTargets: practice.sdgTargets,
    },
  }));
  for (const to of STEPS) {
    initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
      token, ifMatch: initiative.version, body: { to, reason: `Demo: the panel moved it to ${to}` },
    });
  }
  const failed = practice.outcome === 'DISCONTINUED';
  await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
    token, ifMatch: initiative.version,
    body: {
      to: 'CONCLUDED', reason: 'Demo: review finished', outcome: practice.outcome,
      conclusion: failed ? practice.text[7] : practice.text[4],
    },
  });
}

/** One practice from conclusion to publication; returns the published practice. */
async function publish(city, token, admin, panelId, practice) {
  await conclude(token, panelId, practice);
  let current = await draftTitled(token, city, practice.text[0]);
  current = await api('PUT', `${PRACTICE_API}/practices/${current.id}`, {
    token, ifMatch: current.version, body: sections(practice.text),
  });
  current = await api('PUT', `${PRACTICE_API}/practices/${current.id}/profile`, {
    token, ifMatch: current.version,
    body: {
      language: practice.language, themes: practice.themes, targetGroups: practice.targetGroups,
      sdgTargets: practice.sdgTargets, contactRole: practice.contactRole,
    },
  });
  for (const [language, values] of Object.entries(practice.translations ?? {})) {
    current = await api('PUT', `${PRACTICE_API}/practices/${current.id}/translations/${language}`, {
      token, ifMatch: current.version, body: sections(values),
    });
  }
  current = await api('POST', `${PRACTICE_API}/practices/${current.id}/submit`, { token, ifMatch: current.version });
  return api('POST', `${PRACTICE_API}/practices/${current.id}/publish`, { token: admin, ifMatch: current.version });
}

async function seedTown(city, practices, admin) {
  const token = await tokenFor(`coordinator-${city}`);
  const panels = await api('GET', `${PANEL_API}/panels?city=${city}&size=100`, { token });
  const panel = panels.items.find((p) => p.status === 'ACTIVE');
  if (!panel) throw new Error(`${city} has no active panel to conclude its initiatives`);
  return Promise.all(practices.map((practice) => publish(city, token, admin, panel.id, practice)));
}

/** Publishes the library of every town, towns in parallel. Returns a line for the seed's log. */
export async function seedLibrary() {
  const admin = await tokenFor('network-admin');
  let created = 0;
  for (const city of Object.keys(LIBRARY)) created += await ensureCoordinator(admin, city);
  const towns = await Promise.all(Object.entries(LIBRARY).map(([city, practices]) => seedTown(city, practices, admin)));
  const published = towns.flat();
  const languages = new Set(published.map((p) => p.language));
  const failures = published.filter((p) => p.outcome === 'DISCONTINUED');
  const translated = published.filter((p) => p.translations.length > 0);
  return `practice library: ${published.length} published in ${languages.size} languages`
    + ` (${translated.length} translated, ${failures.length} on what did not work), ${created} town coordinators created`;
}
