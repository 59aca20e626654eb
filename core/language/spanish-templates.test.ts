import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakBulletsResume } from '../../test-helpers/resume-files.ts';
import { closing, opening } from '../agents/roleplay/prompts.ts';
import { offlineInterviewTurn } from '../coach/offline-interviewer.ts';
import { offlineTopicAnswer, unmatchedOfflineAnswer } from '../coach/offline-answers.ts';
import { scoreAnswerByRules } from '../coach/rule-rubric.ts';
import { askKind, noInterview } from '../interview/interview-replies.ts';
import { planInterview } from '../interview/plan.ts';
import { questionBank } from '../interview/question-bank.ts';
import { questionBankEs } from '../interview/question-bank-es.ts';
import { buildReport } from '../interview/report.ts';
import { reportLines } from '../interview/report-message.ts';
import { drillText, nothingToPractise, retryResult } from '../practice/practice-replies.ts';
import { paymentFailed } from '../billing/billing-replies.ts';
import { critiquePitch } from '../pitch/critique.ts';
import { draftPitch } from '../pitch/draft.ts';
import { buildPlan, formatPlan } from '../plan/build-plan.ts';
import { storyFromAnswer } from '../stories/draft-story.ts';
import { inLanguage } from './current.ts';
import { detectLanguage } from './detect-language.ts';
import { inUserLanguage } from './user-language.ts';

const spanish = (text: string, what: string) => assert.equal(detectLanguage(text), 'es', `${what} should be Spanish: ${text}`);

test('every question in the bank has a Spanish question and hint, and a Spanish plan asks them', () => {
  for (const q of questionBank()) {
    const es = questionBankEs[q.text];
    assert.ok(es?.text && es.hint, `no Spanish for: ${q.text}`);
    assert.ok(/[?.]$/.test(es.text), `a question ends like one: ${es.text}`);
  }
  assert.equal(Object.keys(questionBankEs).length, questionBank().length, 'no Spanish entry for a question that is gone');
  const options = { role: 'backend engineer', kind: 'mixed' as const, level: 'mid' as const };
  const english = planInterview(options, 'seed-es', weakBulletsResume);
  const plan = inLanguage('es', () => planInterview(options, 'seed-es', weakBulletsResume));
  assert.deepEqual(plan.map((q) => q.competency), english.map((q) => q.competency), 'the same questions, in Spanish');
  assert.match(plan[0]!.text, /^Cuéntame paso a paso esto de tu etapa en /);
  for (const q of plan.filter((q) => q.source === 'bank')) {
    assert.ok(Object.values(questionBankEs).some((es) => es.text === q.text && es.hint === q.hint), q.text);
  }
});

test('the interview, report and drill templates are Spanish inside a Spanish reply, and unchanged in English', () => {
  inLanguage('es', () => {
    spanish(opening('backend engineer', 'Stripe', 'mixed', 5), 'opening');
    spanish(closing(), 'closing');
    spanish(askKind({}).text, 'the kind question');
    spanish(noInterview().text, 'no interview');
    const turn = offlineInterviewTurn({ question: 'Cuéntame de un proyecto difícil.', answer: 'Lo hicimos más rápido.', followUpsAsked: 0 });
    spanish(turn.followUp, 'the offline follow-up');
    const question = { id: 'q1', position: 0, text: 'Cuéntame de un proyecto difícil.', competency: 'ownership', source: 'bank' as const, strongAnswer: '', followUp: '', hint: '' };
    const scores = { ...scoreAnswerByRules(question.text, 'Lo hicimos más rápido.'), source: 'offline' as const };
    const report = buildReport([question], [{ id: 'a1', questionId: 'q1', text: 'Lo hicimos más rápido.', score: { scores, overall: 1.5 } }], undefined);
    const lines = reportLines(report, { role: 'backend engineer', kind: 'mixed', level: 'mid' });
    assert.match(lines[0]!, /^\*\*Informe de la entrevista\*\* — backend engineer · mixta · intermedio · 1 de 1 preguntas respondidas$/);
    assert.ok(lines.includes('**Lo que más conviene mejorar**'));
    spanish(report.improvements[0]!, 'an offline improvement');
    const item = { id: 'p1', userId: 'u1', conversationId: null, question: question.text, lastScore: 1.5, fix: report.improvements[0]!, step: 0, dueAt: new Date(), status: 'waiting' as const };
    spanish(drillText(item, true), 'the drill');
    spanish(retryResult(3.5, 1.5, item.fix, { dueAt: new Date('2026-03-04') }, false, '2026-03-01').text, 'the retry result');
    spanish(nothingToPractise(), 'nothing to practise');
    spanish(offlineTopicAnswer('¿Cómo negocio el salario de una oferta?')!, 'a written offline answer');
    spanish(unmatchedOfflineAnswer(), 'the "needs AI" answer');
  });
  assert.match(closing(), /^That's all my questions\./, 'English outside a Spanish reply');
  assert.match(offlineTopicAnswer('How do I negotiate my salary?')!, /^\*\*Negotiating an offer:\*\*/);
});

test('plans, pitches, stories and billing news are Spanish too; English guides are named as English', () => {
  inLanguage('es', () => {
    const days = buildPlan({ today: '2026-11-26', interviewDate: '2026-12-02', company: 'Stripe', hasResume: true, hasMatch: true, hasPitch: false, storyCount: 0 });
    const plan = formatPlan(days, 'Stripe');
    assert.match(plan, /^\*\*Tu plan para la entrevista en Stripe del mié 2 dic\*\*/);
    assert.match(plan, /_\(guía en inglés: The STAR method\)_/, 'the guides are English, and the plan says so');
    const pitch = draftPitch(weakBulletsResume, { role: 'backend engineer', audience: 'manager', target: 60 });
    assert.match(pitch, /^Soy /);
    const critique = critiquePitch('Hola, me llamo Ana.', 30);
    assert.equal(critique.checks[0]!.name, 'Gancho');
    spanish(critique.checks.map((c) => c.note).join(' '), 'the pitch notes');
    const story = storyFromAnswer('a1', '', 'Nuestro equipo tardaba dos días en publicar. Mi objetivo era reducirlo. Automaticé las comprobaciones. Como resultado publicamos en 40 minutos.');
    assert.equal(story.task, 'Mi objetivo era reducirlo.');
    assert.equal(story.action, 'Automaticé las comprobaciones.');
    assert.equal(story.result, 'Como resultado publicamos en 40 minutos.');
    spanish(paymentFailed().text, 'the payment news');
  });
});

test('a job writes in the language stored for its user, English when none is known', async () => {
  const store = { languages: { of: async (userId: string) => (userId === 'maria' ? 'es' : userId === 'yuki' ? 'ja' : null) } };
  assert.match(await inUserLanguage(store, 'maria', async () => closing()), /^¡Esas son todas mis preguntas/);
  assert.match(await inUserLanguage(store, 'yuki', async () => closing()), /^That's all my questions/, 'a language we cannot write gets English');
  assert.match(await inUserLanguage(store, undefined, async () => closing()), /^That's all my questions/);
});
