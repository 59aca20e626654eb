// A day-by-day preparation plan from today to the interview, after the team's guide
// (knowledge/guides/interview-day-plan.md): understand the company, build stories and a pitch,
// practise out loud with mock interviews, then a light day before and a calm interview day.
//
// Shape decisions:
// - One day per entry from today to the interview day inclusive; the interview day is always
//   last. At most 14 entries: an interview further away gets a plan for its last 14 days only
//   (the days before it start say nothing), because a longer plan mostly fills days with
//   filler and reminders that far ahead get ignored.
// - Five essentials (research, stories, pitch, a mock interview, questions to ask) each get a
//   day when there is room; extra days add a second and third mock, technical practice,
//   speaking practice and a rest day. With fewer days the essentials share days, the day
//   before taking the smallest share. Interview today: one day with the quickest essentials.
// - No mock interview on the interview day: a poor mock that morning costs confidence and
//   leaves no time to act on it.
// - Tailoring the resume (/optimize) is dropped when the interview is today or tomorrow: the
//   application is in, and the time is better spent practising.
import { roleFamily } from '../interview/question-bank.ts';
import { addDays, daysBetween, formatDayLabel } from './interview-date.ts';
import { say } from '../language/current.ts';

export interface PlanTask {
  /** One short sentence to the user; a command in it is written as the user would type it. */
  text: string;
  /** The chat command the task runs, e.g. '/interview', so an adapter can offer a button. */
  command?: string;
  /** The knowledge guide that explains the task, e.g. 'guides/star-method.md'. */
  guide?: string;
}

export interface PlanDay {
  /** YYYY-MM-DD */
  date: string;
  title: string;
  tasks: PlanTask[];
}

export interface PlanInput {
  /** YYYY-MM-DD in the user's time zone. */
  today: string;
  interviewDate: string;
  company?: string;
  role?: string;
  hasResume: boolean;
  /** Whether the resume was already matched against this job (/optimize). */
  hasMatch: boolean;
  hasPitch: boolean;
  storyCount: number;
}

const maxPlanDays = 14;
/** Enough stories to cover the usual behavioural questions; fewer and we ask for more. */
const storiesWanted = 3;

const guides = {
  research: { path: 'guides/researching-a-company.md', name: 'Researching a company' },
  star: { path: 'guides/star-method.md', name: 'The STAR method' },
  tellMe: { path: 'guides/tell-me-about-yourself.md', name: 'Tell me about yourself' },
  pitch: { path: 'guides/elevator-pitch.md', name: 'Elevator pitch' },
  questions: { path: 'guides/questions-to-ask.md', name: 'Questions to ask' },
  remote: { path: 'guides/remote-interviews.md', name: 'Remote interviews' },
  nerves: { path: 'guides/handling-nerves.md', name: 'Handling nerves' },
  dayPlan: { path: 'guides/interview-day-plan.md', name: 'Interview week plan' },
  weaknesses: { path: 'guides/weaknesses-and-failures.md', name: 'Weaknesses and failures' },
  competencies: { path: 'guides/behavioural-competencies.md', name: 'Behavioural competencies' },
  followUp: { path: 'guides/following-up.md', name: 'Following up' },
} as const;

/** Role families (see roleFamily) that have a technical-prep-<family>.md guide. */
const technicalGuideFamilies = new Set(['backend', 'data', 'design', 'devops', 'frontend', 'nursing', 'product', 'sales']);

/** One day's worth of preparation; `order` places it in the week, whatever picked it. */
interface Block {
  title: string;
  tasks: PlanTask[];
  order: number;
}

export function buildPlan(input: PlanInput): PlanDay[] {
  const daysAhead = daysBetween(input.today, input.interviewDate);
  if (daysAhead < 0) return [];
  const prepDays = Math.min(daysAhead, maxPlanDays - 1);
  const words = wordsFor(input);
  const interviewDay = { date: input.interviewDate, title: words.interviewDayTitle };
  if (prepDays === 0) return [{ ...interviewDay, tasks: interviewTodayTasks(input, words) }];

  const essentials = essentialBlocks(input, words, prepDays);
  const freeDays = prepDays - 1; // every day but the day before, which is kept light
  const roomy = freeDays >= essentials.length;
  const blocksByDay = roomy
    ? [...essentials, ...extraBlocks(input, words).slice(0, freeDays - essentials.length)].sort((a, b) => a.order - b.order).map((b) => [b])
    : shareOut(essentials, prepDays);
  const dayBefore = roomy ? [] : blocksByDay.pop()!;

  const start = addDays(input.interviewDate, -prepDays);
  const days = blocksByDay.map((blocks, i) => ({ date: addDays(start, i), title: joinTitles(blocks.map((b) => b.title)), tasks: blocks.flatMap((b) => b.tasks) }));
  days.push({ date: addDays(input.interviewDate, -1), ...dayBeforeTasks(dayBefore) });
  days.push({ ...interviewDay, tasks: interviewDayTasks(words) });
  return days;
}

/** The names a task sentence uses, falling back to generic words when unknown. */
function wordsFor({ company, role }: PlanInput) {
  return {
    company: company ?? text('the company', 'la empresa'),
    companyOrJob: company ?? text('this job', 'este puesto'),
    roleOrJob: role ? text(`the ${role} role`, `el puesto de ${role}`) : text('this job', 'este puesto'),
    interviewers: company ? text(`your ${company} interviewers`, `tus entrevistadores de ${company}`) : text('your interviewers', 'tus entrevistadores'),
    interviewDayTitle: company ? text(`Interview day at ${company}`, `Día de la entrevista en ${company}`) : text('Interview day', 'Día de la entrevista'),
    /** `/interview [role] [kind] [at company]`, as core/interview/interview-options.ts reads it. */
    interviewCommand: (kind?: string) => ['/interview', role, kind, company && `at ${company}`].filter(Boolean).join(' '),
  };
}
type Words = ReturnType<typeof wordsFor>;

/** A plan sentence in the reply language; plans are written once, when made, and stored. */
const text = (en: string, es: string) => say({ en, es });

function task(text: string, extra: { command?: string; guide?: keyof typeof guides } = {}): PlanTask {
  return { text, ...(extra.command && { command: extra.command }), ...(extra.guide && { guide: guides[extra.guide].path }) };
}

function essentialBlocks(input: PlanInput, words: Words, prepDays: number): Block[] {
  const resume = !input.hasResume
    ? [task(text('Upload your resume here so your mock interviews can ask about it.', 'Sube aquí tu currículum para que tus entrevistas de práctica puedan preguntar sobre él.'))]
    : !input.hasMatch && prepDays >= 2
      ? [task(text(`Run /optimize with the job description to tailor your resume to ${words.roleOrJob}.`, `Usa /optimize con la descripción del puesto para adaptar tu currículum a ${words.roleOrJob}.`), { command: '/optimize' })]
      : [];
  return [
    {
      order: 0,
      title: text(`Research ${words.company}`, `Investiga ${words.company}`),
      tasks: [...resume, task(text(`Read up on ${words.company}: what it sells, to whom, and its latest news.`, `Infórmate sobre ${words.company}: qué vende, a quién y sus últimas noticias.`), { guide: 'research' })],
    },
    { order: 3, title: text('Your STAR stories', 'Tus historias STAR'), tasks: [storiesTask(input, words)] },
    { order: 6, title: text('Your pitch', 'Tu presentación'), tasks: [pitchTask(input, words)] },
    {
      order: 8,
      title: text('A mock interview', 'Una entrevista de práctica'),
      tasks: [task(text(`Run ${words.interviewCommand()} for a full mock interview, then redo your weakest answer.`, `Haz ${words.interviewCommand()} para una entrevista de práctica completa y luego repite tu respuesta más floja.`), { command: '/interview' })],
    },
    { order: 10, title: text('Questions to ask', 'Preguntas para hacer'), tasks: [task(text(`Write five questions to ask ${words.interviewers}.`, `Escribe cinco preguntas para ${words.interviewers}.`), { guide: 'questions' })] },
  ];
}

function storiesTask(input: PlanInput, words: Words): PlanTask {
  const options = { command: '/stories', guide: 'star' } as const;
  const n = input.storyCount;
  if (n >= storiesWanted) {
    return task(text(`Review your ${n} saved stories with /stories and pick three that fit ${words.roleOrJob}.`, `Repasa tus ${n} historias guardadas con /stories y elige tres que encajen con ${words.roleOrJob}.`), options);
  }
  if (n === 0) return task(text('Write three STAR stories with /stories: a success, a conflict and a setback.', 'Escribe tres historias STAR con /stories: un éxito, un conflicto y un revés.'), options);
  const more = n === storiesWanted - 1 ? text('one more STAR story', 'una historia STAR más') : text('two more STAR stories', 'dos historias STAR más');
  return task(text(`Write ${more} with /stories so you have three to choose from.`, `Escribe ${more} con /stories para tener tres entre las que elegir.`), options);
}

function pitchTask(input: PlanInput, words: Words): PlanTask {
  return input.hasPitch
    ? task(text('Rehearse your saved pitch aloud with /pitch until it flows in under a minute.', 'Ensaya en voz alta tu presentación guardada con /pitch hasta que fluya en menos de un minuto.'), { command: '/pitch', guide: 'tellMe' })
    : task(text(`Write your elevator pitch with /pitch, ending on why you want ${words.companyOrJob}.`, `Escribe tu presentación con /pitch y termina con por qué quieres ${words.companyOrJob}.`), { command: '/pitch', guide: 'pitch' });
}

/** Days beyond the essentials, most useful first; each carries its place in the week. */
function extraBlocks(input: PlanInput, words: Words): Block[] {
  const family = input.role ? roleFamily(input.role) : 'general';
  const technical: Block[] = technicalGuideFamilies.has(family)
    ? [
        {
          order: 4,
          title: text('Technical practice', 'Práctica técnica'),
          tasks: [{ text: text(`Read the ${family} technical prep guide and practise its two hardest topics.`, `Lee la guía de preparación técnica de ${family} y practica sus dos temas más difíciles.`), guide: `guides/technical-prep-${family}.md` }],
        },
      ]
    : [];
  return [
    {
      order: 11,
      title: text('A second mock interview', 'Una segunda entrevista de práctica'),
      tasks: [
        task(text(`Run ${words.interviewCommand('behavioral')} for a mock on behavioural questions.`, `Haz ${words.interviewCommand('behavioral')} para practicar preguntas de comportamiento.`), { command: '/interview' }),
        task(text('Compare it with your first mock: is your weakest answer stronger now?', 'Compárala con tu primera práctica: ¿tu respuesta más floja es ahora más sólida?')),
      ],
    },
    ...technical,
    {
      order: 7,
      title: text('Practise aloud', 'Practica en voz alta'),
      tasks: [
        task(text('Say each story aloud, aiming for about two minutes each.', 'Cuenta cada historia en voz alta, unos dos minutos cada una.'), { guide: 'star' }),
        task(text('Record one and listen for filler words and a missing result.', 'Graba una y escucha si hay muletillas o si falta el resultado.')),
      ],
    },
    {
      order: 5,
      title: text('Common questions', 'Preguntas habituales'),
      tasks: [task(text(`Draft bullet answers to "why ${words.companyOrJob}?" and "what is your greatest weakness?".`, `Esboza en viñetas tus respuestas a "¿por qué ${words.companyOrJob}?" y "¿cuál es tu mayor debilidad?".`), { guide: 'weaknesses' })],
    },
    {
      order: 12,
      title: text('A final mock interview', 'Una última entrevista de práctica'),
      tasks: [task(text(`Run ${words.interviewCommand('technical')} for a last mock on role questions.`, `Haz ${words.interviewCommand('technical')} para una última práctica con preguntas del puesto.`), { command: '/interview' })],
    },
    {
      order: 1,
      title: text('Know your interviewers', 'Conoce a tus entrevistadores'),
      tasks: [task(text(`Look up your interviewers and note one thing about ${words.company} to mention.`, `Busca información sobre tus entrevistadores y apunta algo de ${words.company} que puedas mencionar.`), { guide: 'research' })],
    },
    { order: 9, title: text('Rest day', 'Día de descanso'), tasks: [task(text('Take today off preparation: rest helps what you practised sink in.', 'Hoy no prepares nada: descansar ayuda a asentar lo que practicaste.'), { guide: 'nerves' })] },
    {
      order: 2,
      title: text('Map stories to skills', 'Relaciona historias y habilidades'),
      tasks: [task(text(`Match one of your stories to each skill ${words.roleOrJob} asks for.`, `Asocia una de tus historias a cada habilidad que pide ${words.roleOrJob}.`), { guide: 'competencies' })],
    },
  ];
}

/** Splits blocks into `days` runs in order, earlier days taking the extra ones. */
function shareOut(blocks: Block[], days: number): Block[][] {
  const runs: Block[][] = [];
  let next = 0;
  for (let day = 0; day < days; day++) {
    const size = Math.floor(blocks.length / days) + (day < blocks.length % days ? 1 : 0);
    runs.push(blocks.slice(next, next + size));
    next += size;
  }
  return runs;
}

/** The day before: whatever essentials are left, then logistics and an early night. */
function dayBeforeTasks(blocks: Block[]): Omit<PlanDay, 'date'> {
  const logistics = [
    task(text("If it's a video call, test your camera, microphone and the link today.", 'Si es por videollamada, prueba hoy la cámara, el micrófono y el enlace.'), { guide: 'remote' }),
    task(text('Lay out what you need for tomorrow and get an early night.', 'Prepara lo que necesitas para mañana y acuéstate temprano.'), { guide: 'nerves' }),
  ];
  if (blocks.length === 0) {
    return {
      title: text('Light review and rest', 'Repaso ligero y descanso'),
      tasks: [task(text('Skim your notes, stories and questions once, then stop.', 'Repasa una vez por encima tus notas, historias y preguntas, y para.'), { guide: 'dayPlan' }), ...logistics],
    };
  }
  // Interview tomorrow: every essential lands here, too many to name in a title.
  const title = blocks.length > 2 ? text('The essentials, then an early night', 'Lo esencial y a dormir temprano') : joinTitles([...blocks.map((b) => b.title), text('an early night', 'a dormir temprano')]);
  return { title, tasks: [...blocks.flatMap((b) => b.tasks), ...logistics] };
}

const arriveEarly = () => task(text('Log in five minutes early, or arrive ten minutes early in person.', 'Conéctate cinco minutos antes, o llega diez minutos antes si es en persona.'));
const breathe = () => task(text('Take a few slow breaths before you start; pausing to think is fine.', 'Respira despacio unas cuantas veces antes de empezar; está bien pararse a pensar.'), { guide: 'nerves' });

function interviewDayTasks(words: Words): PlanTask[] {
  return [
    task(text('Eat something and look over your notes once, then put them away.', 'Come algo y repasa tus notas una vez; luego guárdalas.'), { guide: 'dayPlan' }),
    arriveEarly(),
    breathe(),
    task(text(`At the end, ask ${words.interviewers} the questions you prepared.`, `Al final, hazles a ${words.interviewers} las preguntas que preparaste.`), { guide: 'questions' }),
    task(text('Afterwards, note what they asked and send a short thank-you.', 'Después, apunta lo que te preguntaron y envía un breve agradecimiento.'), { guide: 'followUp' }),
  ];
}

/** Interview today: only what fits into a few hours and still helps. */
function interviewTodayTasks(input: PlanInput, words: Words): PlanTask[] {
  return [
    task(text(`Spend 15 minutes on ${words.company}'s website and latest news.`, `Dedica 15 minutos a la web y las últimas noticias de ${words.company}.`), { guide: 'research' }),
    input.hasPitch
      ? task(text('Rehearse your saved pitch aloud once with /pitch.', 'Ensaya una vez en voz alta tu presentación guardada con /pitch.'), { command: '/pitch', guide: 'tellMe' })
      : task(text('Jot down a one-minute answer to "tell me about yourself".', 'Apunta una respuesta de un minuto a "háblame de ti".'), { guide: 'tellMe' }),
    input.storyCount >= storiesWanted
      ? task(text('Skim your saved stories with /stories and pick three to tell.', 'Repasa por encima tus historias guardadas con /stories y elige tres para contar.'), { command: '/stories', guide: 'star' })
      : task(text('Pick three moments from your work you could tell as STAR stories.', 'Elige tres momentos de tu trabajo que podrías contar como historias STAR.'), { guide: 'star' }),
    task(text('Write two or three questions to ask them at the end.', 'Escribe dos o tres preguntas para hacerles al final.'), { guide: 'questions' }),
    arriveEarly(),
    breathe(),
  ];
}

/** "Research Stripe, your STAR stories and your pitch". */
function joinTitles(titles: string[]): string {
  const [first = '', ...rest] = titles.map((t, i) => (i === 0 ? t : t.charAt(0).toLowerCase() + t.slice(1)));
  if (rest.length === 0) return first;
  return `${[first, ...rest.slice(0, -1)].join(', ')} ${text('and', 'y')} ${rest.at(-1)}`;
}

// ── chat messages ────────────────────────────────────────────────────────────────────────────

/** The whole plan as chat markdown: a header, then each day with its tasks as bullets. */
export function formatPlan(days: PlanDay[], company?: string): string {
  const interviewDay = days.at(-1);
  if (!interviewDay) return '';
  const header = text(
    `**Your plan for the ${company ? `${company} ` : ''}interview on ${formatDayLabel(interviewDay.date)}**`,
    `**Tu plan para la entrevista${company ? ` en ${company}` : ''} del ${formatDayLabel(interviewDay.date)}**`,
  );
  return [header, ...days.map((day) => `**${formatDayLabel(day.date)}**: ${day.title}\n${formatTasks(day.tasks)}`)].join('\n\n');
}

/** The morning message for one day of the plan; `daysLeft` is 0 on the interview day. */
export function formatDayReminder(day: PlanDay, daysLeft: number, company?: string): string {
  const lead = say({
    en: () => {
      const interview = company ? `${company} interview` : 'interview';
      return daysLeft <= 0
        ? `**Today is your ${interview}. Good luck!**`
        : `**${daysLeft === 1 ? `Your ${interview} is tomorrow` : `${daysLeft} days until your ${interview}`}.** Today: ${day.title}`;
    },
    es: () => {
      const interview = company ? `tu entrevista en ${company}` : 'tu entrevista';
      return daysLeft <= 0
        ? `**Hoy es ${interview}. ¡Mucha suerte!**`
        : `**${daysLeft === 1 ? `Mañana es ${interview}` : `Faltan ${daysLeft} días para ${interview}`}.** Hoy: ${day.title}`;
    },
  })();
  return `${lead}\n${formatTasks(day.tasks)}${daysLeft > 0 ? text('\n\nSend /plan to see the whole plan.', '\n\nEnvía /plan para ver el plan completo.') : ''}`;
}

function formatTasks(tasks: PlanTask[]): string {
  // The guides are English only; a Spanish plan says so where it names one.
  const guide = text('guide', 'guía en inglés');
  return tasks.map((t) => `- ${t.text}${t.guide ? ` _(${guide}: ${guideName(t.guide)})_` : ''}`).join('\n');
}

/** A guide's short name; technical prep guides are named after their role family. */
function guideName(path: string): string {
  const known = Object.values(guides).find((g) => g.path === path);
  if (known) return known.name;
  const family = /technical-prep-([\w-]+)\.md$/.exec(path)?.[1];
  const name = family ? `${family} technical prep` : path.replace(/^.*\//, '').replace(/\.md$/, '').replace(/-/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
