// Demo accounts: the demo users member-mechelen and member-tartu sign in as members of their
// town's active panel, so they can review initiatives and get notifications. Each is linked to the
// first citizen of that panel without an account, through the panel API (a coordinator looking the
// account up and linking it, as in the web app). Idempotent: a user already linked stays as it is.
import { PANEL_API, api, tokenFor } from "../platform.mjs";

const DEMO_MEMBER_USERS = [
  { username: "member-mechelen", city: "mechelen" },
  { username: "member-tartu", city: "tartu" },
];

async function linkDemoUser({ username, city }) {
  const token = await tokenFor(`coordinator-${city}`);
  const panels = await api("GET", `${PANEL_API}/panels?city=${city}&size=100`, {
    token,
  });
  const panel = panels.items.find((p) => p.status === "ACTIVE");
  if (!panel) return 0;
  const members = (
    await api("GET", `${PANEL_API}/panels/${panel.id}/members?size=100`, {
      token,
    })
  ).items;
  const current = members.filter((m) => !m.leftAt);
  const citizen = current.find(
    (m) => m.stakeholderCategory === "CITIZEN" && !m.keycloakUserId,
  );
  if (!citizen) return 0;
  const candidates = await api(
    "GET",
    `${PANEL_API}/panels/${panel.id}/members/${citizen.id}/account-candidates?q=${username}`,
    { token },
  );
  const account = candidates.find((c) => c.username === username);
  if (!account || current.some((m) => m.keycloakUserId === account.id))
    return 0;
  await api(
    "PUT",
    `${PANEL_API}/panels/${panel.id}/members/${citizen.id}/account`,
    {
      token,
      ifMatch: citizen.version,
      body: { keycloakUserId: account.id },
    },
  );
  return 1;
}

export async function seedAccounts() {
  let linked = 0;
  for (const user of DEMO_MEMBER_USERS) linked += await linkDemoUser(user);
  return `accounts: ${linked} demo member users linked to panel members`;
}
