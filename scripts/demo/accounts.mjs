// Demo accounts: the demo users member-mechelen(-2, -3) and member-tartu(-2, -3) sign in as members
// of their town's active panel, so they can review initiatives and get notifications. Each is
// linked to the first member of its stakeholder category in that panel without an account, through
// the panel API (a coordinator looking the account up and linking it, as in the web app): two
// citizens and an expert per town, so two pillars review and two reviewers (one per pillar) reach
// the quorum. Idempotent: a user already linked stays as it is.
import { PANEL_API, api, tokenFor } from "../platform.mjs";

export const DEMO_MEMBER_USERS = [
  { username: "member-mechelen", city: "mechelen", category: "CITIZEN" },
  { username: "member-mechelen-2", city: "mechelen", category: "EXPERT" },
  { username: "member-mechelen-3", city: "mechelen", category: "CITIZEN" },
  { username: "member-tartu", city: "tartu", category: "CITIZEN" },
  { username: "member-tartu-2", city: "tartu", category: "EXPERT" },
  { username: "member-tartu-3", city: "tartu", category: "CITIZEN" },
];

async function linkDemoUser({ username, city, category }) {
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
  const seat = current.find(
    (m) => m.stakeholderCategory === category && !m.keycloakUserId,
  );
  if (!seat) return 0;
  const candidates = await api(
    "GET",
    `${PANEL_API}/panels/${panel.id}/members/${seat.id}/account-candidates?q=${username}`,
    { token },
  );
  const account = candidates.find((c) => c.username === username);
  if (!account || current.some((m) => m.keycloakUserId === account.id))
    return 0;
  await api(
    "PUT",
    `${PANEL_API}/panels/${panel.id}/members/${seat.id}/account`,
    {
      token,
      ifMatch: seat.version,
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
