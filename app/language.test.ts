// The user's language end to end on the embedded runtime (offline coach): a Spanish speaker is
// answered in Spanish from their first message, /language overrides detection, the platform
// locale is the first guess, and a language we cannot write gets English with one sentence.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startRecordingRuntime, type RecordingRuntime } from '../test-helpers/recording-runtime.ts';

let app: RecordingRuntime;
const texts = (user: string) => app.chat.texts(`web:${user}:`);
const last = (user: string) => texts(user).at(-1)!;

before(async () => {
  app = await startRecordingRuntime();
});
after(() => app.stop());

test('a Spanish-speaking user gets Spanish replies: the welcome, the coach, /help and the commands', async () => {
  await app.chat.say('lucia', 'Hola, tengo una entrevista de trabajo la próxima semana y quiero prepararme');
  const [welcome, answer] = texts('lucia');
  assert.match(welcome!, /^¡Hola, lucia! Soy IntervAI, tu coach de entrevistas y currículum\./);
  assert.match(welcome!, /No hay un proveedor de IA configurado/);
  assert.doesNotMatch(answer!, /\b(the|and|your)\b/i, `the coach's answer is Spanish: ${answer}`);

  await app.chat.say('lucia', '/help');
  assert.match(last('lucia'), /^\*\*Lo que puedo hacer\*\*/);
  assert.match(last('lucia'), /\/interview .* — una entrevista de práctica/);

  await app.chat.say('lucia', '/nada');
  assert.match(last('lucia'), /^No conozco \/nada\. Escribe \/help/);

  await app.chat.say('lucia', '/language');
  assert.match(last('lucia'), /^Te escribo en español, como tus mensajes\./);

  // An interview date said in Spanish becomes a Spanish plan.
  await app.chat.say('lucia', 'Tengo una entrevista en Stripe el viernes');
  assert.ok(texts('lucia').some((t) => /^\*\*Tu plan para la entrevista en Stripe del /m.test(t)), `a Spanish plan: ${texts('lucia').slice(-2).join(' | ')}`);
  await app.chat.say('lucia', '/plan off');

  // A mock interview in Spanish: the opening, the question, the follow-up and the report.
  await app.chat.say('lucia', '/interview backend behavioral mid');
  assert.match(last('lucia'), /^Entrevista: backend · de comportamiento · 5 preguntas\./);
  assert.match(last('lucia'), /\*\*P1\/5\.\*\* /);
  await app.chat.say('lucia', 'Lo hicimos juntos.');
  assert.match(last('lucia'), /^Pregunta de seguimiento:/);
  await app.chat.say('lucia', '/end');
  await app.runtime.queue.waitUntilIdle();
  assert.match(last('lucia'), /🔁 .*ejercicio de 2 minutos/i, `the report's drill notice is Spanish: ${last('lucia')}`);
});

test('/language overrides detection until /language auto; the platform locale is the first guess', async () => {
  await app.chat.say('marco', 'Hola, quiero practicar una entrevista para un puesto de backend');
  await app.chat.say('marco', '/language en');
  assert.equal(last('marco'), "Okay, I'll write in English from now on.");
  await app.chat.say('marco', 'Gracias, ¿cómo preparo mi presentación personal para la entrevista?');
  await app.chat.say('marco', '/help');
  assert.match(last('marco'), /^\*\*What I can do now\*\*/, 'a chosen language stays, whatever the messages');
  await app.chat.say('marco', '/language auto');
  await app.chat.say('marco', 'Muchas gracias, ¿qué me recomiendas para la entrevista de mañana?');
  await app.chat.say('marco', '/help');
  assert.match(last('marco'), /^\*\*Lo que puedo hacer\*\*/, 'auto follows the messages again');

  app.chat.setLocale('ana', 'es-MX');
  await app.chat.say('ana', '/start');
  assert.match(last('ana'), /^¡Hola, ana!/, 'a new user with a Spanish locale is welcomed in Spanish');
});

test('a language we cannot write gets English, with one sentence saying so', async () => {
  await app.chat.say('jean', "Bonjour, je suis développeur et j'ai un entretien demain");
  const [note, welcome] = texts('jean');
  assert.equal(note, "I can't write French yet, so I'll answer in English.");
  assert.match(welcome!, /^Hi jean! I'm IntervAI/);
  await app.chat.say('jean', 'Merci, je vais préparer mes réponses pour le poste');
  assert.equal(texts('jean').filter((t) => t.startsWith("I can't write")).length, 1, 'said once, not on every message');

  await app.chat.say('jean', '/language japanese');
  assert.equal(last('jean'), "I can't write Japanese yet, so I'll answer in English.");
  await app.chat.say('jean', '/language klingon');
  assert.match(last('jean'), /^I don't know the language "klingon"/);
});
