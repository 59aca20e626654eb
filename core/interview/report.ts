// The interview report: overall and per-competency scores from the answers' STAR rubric,
// strengths, the three improvements that matter most, and a model answer for the weakest
// question built only from the user's own material: a saved story that fits, else the resume.
import { rubricCriteria, type AnswerEvaluation } from '../coach/coach.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import type { StoryParts } from '../stories/story.ts';
import type { InterviewAnswer, SessionQuestion } from './session.ts';
import { combineDeliveries, type Delivery } from '../voice/delivery.ts';
import { say } from '../language/current.ts';

export interface ModelAnswer {
  question: string;
  text: string;
  /** The saved story it retells, by title; absent when it was built from a resume bullet. */
  story?: string;
}

export interface InterviewReport {
  /** Mean of the answers' overall scores, 1–5; 0 when nothing was answered. */
  overall: number;
  byCompetency: Array<{ competency: string; score: number }>;
  questions: Array<{ question: string; competency: string; score?: number }>;
  strengths: string[];
  improvements: string[];
  modelAnswer?: ModelAnswer;
  answered: number;
  asked: number;
  /** Who scored the answers: the model, or the offline rule rubric (said plainly in the report). */
  scoredBy: 'ai' | 'offline';
  /** How the voice answers were said, taken together; absent when every answer was typed. */
  delivery?: Delivery & { spokenAnswers: number };
}

const criterionNamesEs: Record<(typeof rubricCriteria)[number], string> = {
  situation: 'situar el contexto',
  task: 'dejar clara tu responsabilidad',
  action: 'describir tus propias acciones',
  result: 'mostrar resultados',
  relevance: 'responder a lo que se pregunta',
  clarity: 'claridad',
  depth: 'profundidad y detalle',
};

const criterionNamesEn: Record<(typeof rubricCriteria)[number], string> = {
  situation: 'setting the scene',
  task: 'stating your responsibility',
  action: 'describing your own actions',
  result: 'showing results',
  relevance: 'answering the question asked',
  clarity: 'clarity',
  depth: 'depth and detail',
};

export const overallOf = (scores: AnswerEvaluation) => rubricCriteria.reduce((sum, c) => sum + scores[c].score, 0) / rubricCriteria.length;

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const round1 = (n: number) => Math.round(n * 10) / 10;

export function buildReport(questions: SessionQuestion[], answers: InterviewAnswer[], resume: JsonResume | undefined, stories: StoryParts[] = []): InterviewReport {
  const scored = answers.filter((a) => a.score);
  const byQuestion = questions.map((q) => {
    const own = scored.filter((a) => a.questionId === q.id).map((a) => a.score!.overall);
    return { question: q.text, competency: q.competency, score: own.length ? round1(Math.max(...own)) : undefined };
  });
  const competencies = [...new Set(byQuestion.filter((q) => q.score !== undefined).map((q) => q.competency))];
  const criterionMeans = rubricCriteria.map((c) => ({ c, score: mean(scored.map((a) => a.score!.scores[c].score)) })).sort((a, b) => b.score - a.score);
  const strengths = scored.length ? criterionMeans.slice(0, 2).filter((m) => m.score >= 3).map((m) => `${capitalise(say({ en: criterionNamesEn, es: criterionNamesEs })[m.c])} (${round1(m.score)}/5)`) : [];
  // For each weak criterion, the improvement the judge gave on the answer where it scored lowest.
  const improvements = scored.length
    ? criterionMeans
        .slice(-3)
        .reverse()
        .map(({ c }) => [...scored].sort((a, b) => a.score!.scores[c].score - b.score!.scores[c].score)[0]!.score!.scores[c].improvement)
    : [
        say({
          en: 'Answer at least one question fully: situation, your task, your actions, and the result.',
          es: 'Responde al menos una pregunta completa: la situación, tu tarea, tus acciones y el resultado.',
        }),
      ];
  const weakest = byQuestion.filter((q) => q.score !== undefined).sort((a, b) => a.score! - b.score!)[0];
  return {
    overall: round1(mean(scored.map((a) => a.score!.overall))),
    byCompetency: competencies.map((competency) => ({ competency, score: round1(mean(byQuestion.filter((q) => q.competency === competency && q.score !== undefined).map((q) => q.score!))) })),
    questions: byQuestion,
    strengths,
    improvements: [...new Set(improvements)],
    modelAnswer: weakest ? modelAnswer(weakest.question, resume, stories) : undefined,
    answered: new Set(scored.map((a) => a.questionId)).size,
    asked: questions.length,
    scoredBy: scored.some((a) => a.score!.scores.source === 'ai') ? 'ai' : 'offline',
    delivery: spokenDelivery(answers),
  };
}

function spokenDelivery(answers: InterviewAnswer[]): InterviewReport['delivery'] {
  const spoken = answers.flatMap((a) => (a.delivery ? [a.delivery] : []));
  const combined = combineDeliveries(spoken);
  return combined && { ...combined, spokenAnswers: spoken.length };
}

/** The STAR headings of a model answer, and its closing line for the user to fill in. */
const starLabels = () =>
  say({
    en: { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', actionAndResult: 'Action and result', close: '**Close:** [what you learned, and what you would do the same way here].' },
    es: { situation: 'Situación', task: 'Tarea', action: 'Acción', result: 'Resultado', actionAndResult: 'Acción y resultado', close: '**Cierre:** [lo que aprendiste y lo que harías igual aquí].' },
  });

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words in most interview questions: sharing them says nothing about the topic. */
const questionWords = new Set(['time', 'tell', 'about', 'describe', 'example', 'when', 'were', 'what', 'which', 'your', 'with', 'have', 'that', 'this', 'give', 'would', 'could', 'situation', 'handled', 'handle', 'work', 'worked', 'team', 'someone', 'something', 'there', 'their', 'from', 'into', 'how', 'made', 'make']);
const topicWords = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !questionWords.has(w)));
const overlap = (words: Set<string>, text: string) => [...topicWords(text)].filter((w) => words.has(w)).length;
/** Topic words a story must share with the question to be retold as its model answer. */
const storyFit = 2;

/** A STAR answer from the user's own material: the saved story closest to the question when one
 *  shares its topic, else the resume bullet closest to it (with brackets for what only they know). */
export function modelAnswer(question: string, resume: JsonResume | undefined, stories: StoryParts[] = []): ModelAnswer | undefined {
  const words = topicWords(question);
  const story = stories.map((s) => ({ s, score: overlap(words, `${s.title} ${s.situation} ${s.task} ${s.action} ${s.result}`) })).sort((a, b) => b.score - a.score)[0];
  if (story && (story.score >= storyFit || !resume)) {
    const { s } = story;
    const label = starLabels();
    const text = [`**${label.situation}:** ${s.situation}`, `**${label.task}:** ${s.task}`, `**${label.action}:** ${s.action}`, `**${label.result}:** ${s.result}`, label.close].join('\n');
    return { question, text, story: s.title };
  }
  if (!resume) return undefined;
  const candidates = resume.work.flatMap((w) => w.highlights.map((h) => ({ w, h, overlap: overlap(words, h) + (/\d/.test(h) ? 1 : 0) })));
  const best = candidates.sort((a, b) => b.overlap - a.overlap)[0];
  if (!best) return undefined;
  const { w, h } = best;
  const label = starLabels();
  const text = [
    say({
      en: `**Situation:** At ${w.name}${w.position ? `, as ${w.position}` : ''}${w.startDate ? ` (from ${w.startDate.slice(0, 4)})` : ''}, [one sentence: what was at stake].`,
      es: `**Situación:** En ${w.name}${w.position ? `, como ${w.position}` : ''}${w.startDate ? ` (desde ${w.startDate.slice(0, 4)})` : ''}, [una frase: qué estaba en juego].`,
    }),
    say({ en: `**Task:** [what you were responsible for].`, es: '**Tarea:** [de qué eras responsable].' }),
    `**${label.actionAndResult}:** ${h}.`,
    label.close,
  ].join('\n');
  return { question, text };
}
