// Demo indicators: every demo initiative gets indicators with a series of monthly measurements,
// and Mechelen's statistics office (the confidential client statistics-mechelen, role
// integration-writer, city claim mechelen) pushes one measurement with client credentials, as a
// third party would. Initiatives are found through the API, town by town. Idempotent: an
// initiative that already has indicators is left as it is, and the office pushes once.
import { INITIATIVE_API, PLATFORM, api, tokenFor } from '../platform.mjs';

const TOWNS = ['mechelen', 'tartu'];
const OFFICE = { clientId: 'statistics-mechelen', secret: 'statistics-mechelen-demo-secret', city: 'mechelen' };
const OFFICE_SOURCE = 'Statistics office of Mechelen (pushed by its integration client)';

// Fictitious figures; the series end a month before the office's push.
const INDICATORS = [
  {
    definition: {
      name: 'Newcomers who know where to go next after a visit',
      unit: '%', baseline: 35, target: 80, direction: 'HIGHER_IS_BETTER',
    },
    series: [38, 46, 55, 61, 68],
    source: 'Exit survey at the welcome desk',
  },
  {
    definition: {
      name: 'Average waiting time for a first appointment',
      unit: 'days', baseline: 28, target: 10, direction: 'LOWER_IS_BETTER',
    },
    series: [27, 24, 20, 18, 15],
    source: 'Town hall appointment system',
  },
];

function monthEnd(monthsAgo) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 0)).toISOString().slice(0, 10);
}

async function officeToken() {
  const response = await fetch(
    `${PLATFORM.keycloak.url}/realms/${PLATFORM.keycloak.realm}/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: OFFICE.clientId, client_secret: OFFICE.secret }),
    },
  );
  if (!response.ok) throw new Error(`client credentials of ${OFFICE.clientId} failed: ${response.status}`);
  return (await response.json()).access_token;
}

export async function seedIndicators() {
  let initiatives = 0;
  let measurements = 0;
  let firstOfMechelen = null;
  for (const city of TOWNS) {
    const token = await tokenFor(`coordinator-${city}`);
    const page = await api('GET', `${INITIATIVE_API}/initiatives?city=${city}&size=100&sort=createdAt,asc`, { token });
    for (const initiative of page.items) {
      const existing = await api('GET', `${INITIATIVE_API}/initiatives/${initiative.id}/indicators?size=100`, { token });
      if (city === OFFICE.city && !firstOfMechelen) firstOfMechelen = existing.items[0] ?? null;
      if (existing.totalItems > 0) continue;
      initiatives += 1;
      for (const demo of INDICATORS) {
        const indicator = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/indicators`, {
          token, body: demo.definition,
        });
        if (city === OFFICE.city && !firstOfMechelen) firstOfMechelen = indicator;
        for (const [i, value] of demo.series.entries()) {
          await api('POST', `${INITIATIVE_API}/indicators/${indicator.id}/measurements`, {
            token, body: { measuredOn: monthEnd(demo.series.length - i + 1), value, source: demo.source },
          });
          measurements += 1;
        }
      }
    }
  }
  let pushed = 'no Mechelen indicator for the statistics office';
  if (firstOfMechelen) {
    const admin = await tokenFor('coordinator-mechelen');
    const current = await api('GET', `${INITIATIVE_API}/indicators/${firstOfMechelen.id}`, { token: admin });
    if (current.measurements.some((m) => m.source === OFFICE_SOURCE)) {
      pushed = 'the statistics office had pushed its measurement already';
    } else {
      await api('POST', `${INITIATIVE_API}/indicators/${firstOfMechelen.id}/measurements`, {
        token: await officeToken(),
        body: { measuredOn: monthEnd(1), value: 72, source: OFFICE_SOURCE, note: 'Quarterly figures' },
      });
      pushed = 'the statistics office pushed 1 measurement with client credentials';
    }
  }
  return `indicators: ${initiatives} initiatives given indicators, ${measurements} measurements; ${pushed}`;
}
