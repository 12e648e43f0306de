// Demo profiles of the ten partner towns: languages of the panel work, coordinates for the public
// map and a demographic baseline. The shares are plausible but fictional demo figures, credited to
// a fictional statistics source of each town; the groups overlap, so they do not add up to 100.
// Idempotent: a town whose profile already matches is left alone.
import { PANEL_API, api, tokenFor } from '../platform.mjs';

const TOWNS = {
  elbasan: { languages: ['sq', 'en'], latitude: 41.11250, longitude: 20.08222,
    shares: [91.4, 1.2, 2.3, 24.8], source: 'Elbasan municipality, statistics unit (demo figures)', year: 2023 },
  mechelen: { languages: ['nl', 'fr', 'en'], latitude: 51.02574, longitude: 4.47762,
    shares: [72.6, 8.9, 6.4, 16.2], source: 'City of Mechelen, statistics office (demo figures)', year: 2024 },
  esbjerg: { languages: ['da', 'en', 'de'], latitude: 55.47028, longitude: 8.45187,
    shares: [86.1, 6.3, 3.7, 11.5], source: 'Esbjerg Kommune, statistics (demo figures)', year: 2024 },
  tartu: { languages: ['et', 'ru', 'en'], latitude: 58.37798, longitude: 26.72900,
    shares: [83.0, 5.8, 4.9, 13.1], source: 'Tartu city government, statistics (demo figures)', year: 2024 },
  besancon: { languages: ['fr'], latitude: 47.23800, longitude: 6.02430,
    shares: [81.7, 3.4, 7.8, 19.6], source: 'Ville de Besançon, observatoire (demo figures)', year: 2023 },
  'reggio-emilia': { languages: ['it', 'en'], latitude: 44.69825, longitude: 10.63125,
    shares: [82.3, 2.1, 9.6, 14.9], source: 'Comune di Reggio Emilia, ufficio statistica (demo figures)', year: 2024 },
  jelgava: { languages: ['lv', 'ru'], latitude: 56.65110, longitude: 23.72135,
    shares: [88.9, 2.4, 1.9, 17.3], source: 'Jelgava city council, statistics (demo figures)', year: 2023 },
  panevezys: { languages: ['lt', 'ru', 'en'], latitude: 55.73823, longitude: 24.35085,
    shares: [93.2, 1.6, 2.2, 18.7], source: 'Panevėžys municipality, statistics unit (demo figures)', year: 2024 },
  delft: { languages: ['nl', 'en'], latitude: 52.01158, longitude: 4.35711,
    shares: [68.4, 14.7, 5.9, 12.8], source: 'Gemeente Delft, onderzoek en statistiek (demo figures)', year: 2024 },
  celje: { languages: ['sl', 'hr', 'en'], latitude: 46.23092, longitude: 15.26044,
    shares: [87.5, 2.2, 4.6, 15.4], source: 'Mestna občina Celje, statistics (demo figures)', year: 2023 },
};

const GROUPS = ['NATIVE', 'EXPAT', 'NEWLY_ARRIVED_MIGRANT', 'PRECARIOUS_OR_VULNERABLE'];

function profileOf(town) {
  return {
    languages: town.languages,
    latitude: town.latitude,
    longitude: town.longitude,
    baseline: {
      shares: Object.fromEntries(GROUPS.map((group, i) => [group, town.shares[i]])),
      source: town.source,
      year: town.year,
    },
  };
}

function same(city, profile) {
  return JSON.stringify(city.languages) === JSON.stringify(profile.languages)
    && city.latitude === profile.latitude && city.longitude === profile.longitude
    && city.baseline.source === profile.baseline.source && city.baseline.year === profile.baseline.year
    && GROUPS.every((g) => city.baseline.shares[g] === profile.baseline.shares[g]);
}

/** Gives every partner town its demo profile, as the network admin, with If-Match. */
export async function seedTowns() {
  const token = await tokenFor('network-admin');
  let edited = 0;
  for (const [code, town] of Object.entries(TOWNS)) {
    const city = await api('GET', `${PANEL_API}/cities/${code}`);
    const profile = profileOf(town);
    if (same(city, profile)) continue;
    await api('PUT', `${PANEL_API}/cities/${code}`, { token, ifMatch: city.version, body: profile });
    edited += 1;
  }
  return `town profiles: ${edited} of ${Object.keys(TOWNS).length} set`;
}
