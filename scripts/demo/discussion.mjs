// Demo questions and comments on Mechelen's published welcome-desk practice, written by people of
// several towns (each as themselves, so the posting limit of 5 at once per person is never hit):
// two questions from Tartu, one answered by Mechelen's coordinator and marked as the answer, the
// other still open; comments from Celje and Tartu with a reply; one comment reported and waiting
// in the moderation queue, and one the network admin hid with an audited reason. Texts are
// fictitious. Idempotent: a practice that has questions already is left as it is.
import { PRACTICE_API, api, tokenFor } from '../platform.mjs';

const PRACTICE_TITLE = 'Welcome desk run by newcomers and long-time residents';

const as = async (user) => ({ token: await tokenFor(user) });

// A reply to a question answers with the question's thread, a reply to a comment with the reply.
async function reply(practiceId, parent, user, body) {
  const kind = parent.kind === 'QUESTION' ? 'questions' : 'comments';
  const answer = await api('POST', `${PRACTICE_API}/practices/${practiceId}/${kind}/${parent.id}/replies`, {
    ...(await as(user)), body: { body },
  });
  return answer.replies ? { thread: answer, reply: answer.replies.at(-1) } : { reply: answer };
}

async function comment(practiceId, user, body) {
  const thread = await api('POST', `${PRACTICE_API}/practices/${practiceId}/comments`, {
    ...(await as(user)), body: { body },
  });
  return thread.post;
}

export async function seedDiscussion() {
  const published = await api('GET', `${PRACTICE_API}/practices?status=PUBLISHED&size=100`);
  const practice = published.items.find((item) => item.title === PRACTICE_TITLE);
  if (!practice) return 'discussion: no published demo practice';
  const asked = await api('GET', `${PRACTICE_API}/practices/${practice.id}/questions`);
  if (asked.totalItems > 0) return 'discussion already present';

  const recruiting = (await api('POST', `${PRACTICE_API}/practices/${practice.id}/questions`, {
    ...(await as('member-tartu')),
    body: {
      title: 'How did you find volunteers who speak the newcomers’ languages?',
      body: 'In Tartu most newcomers speak Ukrainian or Russian. Did you recruit the newcomer volunteers among the visitors of the desk, or through associations?',
    },
  })).post;
  const { reply: answer } = await reply(practice.id, recruiting, 'coordinator-mechelen',
    'Mostly among former visitors: after a few visits we asked them. Welcome Mechelen vzw helped with the first four. Our training plan is at https://example.org/welcome-desk/training');
  const { thread } = await reply(practice.id, recruiting, 'coordinator-celje',
    'In Celje the language school put us in touch with its former students.');
  await api('PUT', `${PRACTICE_API}/practices/${practice.id}/questions/${recruiting.id}/answer`, {
    ...(await as('coordinator-mechelen')), ifMatch: thread.post.version, body: { replyId: answer.id },
  });

  await api('POST', `${PRACTICE_API}/practices/${practice.id}/questions`, {
    ...(await as('coordinator-tartu')),
    body: {
      title: 'Why did the evening hours not work?',
      body: 'Was it a lack of visitors or of volunteers? We are thinking of opening on Thursday evenings.',
    },
  });

  const celje = await comment(practice.id, 'coordinator-celje',
    'We opened a similar desk in the Celje library in September; pairing volunteers works there too.');
  await reply(practice.id, celje, 'member-tartu-2', 'Thank you: the library is a good idea for us as well.');

  const advert = await comment(practice.id, 'member-mechelen-2',
    'Cheap flights to visit your family: https://example.com/deals');
  await api('POST', `${PRACTICE_API}/posts/${advert.id}/reports`, {
    ...(await as('member-tartu-3')), body: { reason: 'Advertising, not about the practice.' },
  });

  const personal = await comment(practice.id, 'member-tartu',
    'Ask for Marta at the desk, she lives at the corner of the market square.');
  await api('POST', `${PRACTICE_API}/posts/${personal.id}/reports`, {
    ...(await as('coordinator-mechelen')), body: { reason: 'Names a volunteer and where she lives.' },
  });
  await api('POST', `${PRACTICE_API}/posts/${personal.id}/hide`, {
    ...(await as('network-admin')), ifMatch: personal.version,
    body: { reason: 'Personal data of a volunteer (name and home).' },
  });
  return 'discussion: 2 questions (1 answered), 3 replies, 3 comments (1 reported, 1 hidden)';
}
