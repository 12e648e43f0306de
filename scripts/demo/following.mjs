// Demo follows (docs/practices.md#following): Tartu's panel member follows Mechelen's welcome-desk
// practice, so the answer to their question there (seedDiscussion) reaches their inbox; Tartu's
// coordinator follows two themes, so the practices the network publishes in them (seedValidation)
// reach theirs. Following is idempotent, so a re-run changes nothing.
import { PRACTICE_API, api, tokenFor } from '../platform.mjs';

const PRACTICE_TITLE = 'Welcome desk run by newcomers and long-time residents';
const THEMES = ['LANGUAGE_AND_EDUCATION', 'CIVIC_PARTICIPATION'];

export async function seedFollowing() {
  const published = await api('GET', `${PRACTICE_API}/practices?status=PUBLISHED&size=100`);
  const practice = published.items.find((item) => item.title === PRACTICE_TITLE);
  if (!practice) return 'following: no published demo practice';
  await api('PUT', `${PRACTICE_API}/practices/${practice.id}/follow`, { token: await tokenFor('member-tartu') });
  const coordinator = await tokenFor('coordinator-tartu');
  for (const theme of THEMES) {
    await api('PUT', `${PRACTICE_API}/follows/themes/${theme}`, { token: coordinator });
  }
  return `following: member-tartu follows the welcome desk, coordinator-tartu ${THEMES.length} themes`;
}
