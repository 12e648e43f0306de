// Demo sessions: for every panel, one HELD session (with attendance and a decision) and one
// PLANNED session. Panels come from the panels demo module; towns without a panel are skipped.
// Idempotent: a panel that already has sessions is left as it is.
import { PANEL_API, api, tokenFor } from '../platform.mjs';

const DAY = 24 * 60 * 60 * 1000;

function heldSession(now) {
  return {
    startsAt: new Date(now - 21 * DAY).toISOString(),
    place: 'Town hall, council room',
    agenda: ['Welcome and minutes of the last session', 'Balance of the panel', 'Proposals for the next initiatives'],
    decisions: [{ text: 'The panel asks the coordinator to prepare a welcome-desk pilot for the next session.' }],
    minutes: 'The chair opened the session. The panel discussed its balance and agreed on the pilot proposal.',
  };
}

function plannedSession(now) {
  return {
    startsAt: new Date(now + 14 * DAY).toISOString(),
    place: 'Community centre',
    onlineUrl: 'https://meet.example.org/local-panel',
    agenda: ['Welcome', 'The welcome-desk pilot', 'Any other business'],
  };
}

export async function seedSessions() {
  const token = await tokenFor('network-admin');
  const panels = await api('GET', `${PANEL_API}/panels?size=100`, { token });
  const now = Date.now();
  let seeded = 0;
  for (const panel of panels.items) {
    const existing = await api('GET', `${PANEL_API}/panels/${panel.id}/sessions?size=1`, { token });
    if (existing.totalItems > 0) continue;
    const members = await api('GET', `${PANEL_API}/panels/${panel.id}/members?size=100`, { token });
    const ids = members.items.map((m) => m.id);
    // Most members came, one sent apologies, the rest stayed away: towns show different quorums.
    const present = ids.slice(0, Math.ceil(ids.length * (panel.name.length % 2 === 0 ? 0.7 : 0.45)));
    const apologies = ids.slice(present.length, present.length + 1);

    let held = await api('POST', `${PANEL_API}/panels/${panel.id}/sessions`, { token, body: heldSession(now) });
    held = await api('PUT', `${PANEL_API}/panels/${panel.id}/sessions/${held.id}/attendance`, {
      token,
      ifMatch: held.version,
      body: { present, apologies },
    });
    await api('POST', `${PANEL_API}/panels/${panel.id}/sessions/${held.id}/hold`, { token, ifMatch: held.version });
    await api('POST', `${PANEL_API}/panels/${panel.id}/sessions`, { token, body: plannedSession(now) });
    seeded += 1;
  }
  return `seeded two sessions in each of ${seeded} panels`;
}
