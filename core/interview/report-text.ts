// The interview report's words in each reply language; report-message.ts lays them out.
// Competencies are stored as keys (ownership, backend…) and named here when shown.
import { say } from '../language/current.ts';

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const kindsEs: Record<string, string> = { mixed: 'mixta', behavioral: 'de comportamiento', technical: 'técnica' };
const levelsEs: Record<string, string> = { junior: 'junior', mid: 'intermedio', senior: 'senior' };
const competenciesEs: Record<string, string> = {
  ambiguity: 'ambigüedad', communication: 'comunicación', conflict: 'conflictos', 'customer-focus': 'orientación al cliente',
  failure: 'fracasos', growth: 'crecimiento', leadership: 'liderazgo', ownership: 'responsabilidad', prioritization: 'priorización',
  teamwork: 'trabajo en equipo', general: 'general', mobile: 'móvil', data: 'datos', design: 'diseño', nursing: 'enfermería',
  product: 'producto', sales: 'ventas',
};

export const competencyName = (competency: string) => cap(say({ en: competency, es: competenciesEs[competency] ?? competency }));

export const heading = (role: string | null, kind: string, level: string, answered: number, asked: number) =>
  say({
    en: `**Interview report** — ${role ?? 'Interview'} · ${kind} · ${level} · ${answered} of ${asked} questions answered`,
    es: `**Informe de la entrevista** — ${role ?? 'Entrevista'} · ${kindsEs[kind] ?? kind} · ${levelsEs[level] ?? level} · ${answered} de ${asked} preguntas respondidas`,
  });

export const noAnswers = () =>
  say({
    en: 'No answers to score yet. Start again with /interview when you have 15 minutes.',
    es: 'Todavía no hay respuestas que puntuar. Vuelve a empezar con /interview cuando tengas 15 minutos.',
  });

export const overall = (score: string) => say({ en: `**Overall: ${score}/5**`, es: `**Nota global: ${score}/5**` });
export const byCompetency = (list: string) => say({ en: `By competency: ${list}`, es: `Por competencia: ${list}` });
export const strengths = (list: string) => say({ en: `**Strengths:** ${list}`, es: `**Puntos fuertes:** ${list}` });

export const delivery = (spoken: number, figures: string) =>
  say({
    en: `**Delivery** (${spoken} spoken ${spoken === 1 ? 'answer' : 'answers'}): ${figures}`,
    es: `**Expresión oral** (${spoken} ${spoken === 1 ? 'respuesta hablada' : 'respuestas habladas'}): ${figures}`,
  });

export const topImprovements = () => say({ en: '**Top improvements**', es: '**Lo que más conviene mejorar**' });

export const scoredOffline = () =>
  say({
    en: '_Scored offline by rules (STAR markers, numbers, first-person actions, length), not AI._',
    es: '_Puntuado sin IA, con reglas (marcadores STAR, cifras, acciones en primera persona, extensión)._',
  });

export const modelAnswerHeading = (story: string | undefined) => {
  const from = say({
    en: story ? `your saved story "${story}"` : 'built only from your resume; fill in the brackets',
    es: story ? `tu historia guardada "${story}"` : 'hecha solo con tu currículum; completa los corchetes',
  });
  return say({ en: `**Model answer for your weakest question** (${from})`, es: `**Respuesta modelo para tu pregunta más floja** (${from})` });
};

export const drillsQueued = (drills: number) =>
  say({
    en: `🔁 ${drills === 1 ? 'One answer' : `${drills} answers`} scored below 3. I'll bring ${drills === 1 ? 'it' : 'them'} back as a 2-minute drill tomorrow, then after 3 and 7 days (/practice off stops that).`,
    es: `🔁 ${drills === 1 ? 'Una respuesta sacó' : `${drills} respuestas sacaron`} menos de 3. Te ${drills === 1 ? 'la' : 'las'} traeré de vuelta como ejercicio de 2 minutos mañana, y luego a los 3 y 7 días (/practice off lo desactiva).`,
  });

export const reportButtons = () =>
  say({
    en: { pdf: 'Report as PDF', practice: 'Practice my weakest answer', again: 'New interview' },
    es: { pdf: 'Informe en PDF', practice: 'Practicar mi respuesta más floja', again: 'Nueva entrevista' },
  });

export const chartTitle = () => say({ en: 'Interview scores (1–5)', es: 'Puntuaciones de la entrevista (1–5)' });
export const chartOverall = () => say({ en: 'Overall', es: 'Global' });

export const nothingToExport = () =>
  say({
    en: 'There is no finished interview to export yet. Run /interview, and /export report once its report arrives.',
    es: 'Todavía no hay ninguna entrevista terminada que exportar. Haz una /interview y usa /export report cuando llegue su informe.',
  });
export const startInterview = () => say({ en: 'Start an interview', es: 'Empezar una entrevista' });
export const reportAsPdf = () => say({ en: '📎 Your interview report as PDF.', es: '📎 Tu informe de la entrevista en PDF.' });

export const closedForIdle = () =>
  say({
    en: 'This interview was closed after a quiet spell; here is how it went so far.',
    es: 'Esta entrevista se cerró tras un rato sin actividad; así fue hasta ahora.',
  });
