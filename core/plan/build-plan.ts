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
    company: company ?? 'the company',
    companyOrJob: company ?? 'this job',
    roleOrJob: role ? `the ${role} role` : 'this job',
    interviewers: company ? `your ${company} interviewers` : 'your interviewers',
    interviewDayTitle: company ? `Interview day at ${company}` : 'Interview day',
    /** `/interview [role] [kind] [at company]`, as core/interview/interview-options.ts reads it. */
    interviewCommand: (kind?: string) => ['/interview', role, kind, company && `at ${company}`].filter(Boolean).join(' '),
  };
}
type Words = ReturnType<typeof wordsFor>;

function task(text: string, extra: { command?: string; guide?: keyof typeof guides } = {}): PlanTask {
  return { text, ...(extra.command && { command: extra.command }), ...(extra.guide && { guide: guides[extra.guide].path }) };
}

function essentialBlocks(input: PlanInput, words: Words, prepDays: number): Block[] {
  const resume = !input.hasResume
    ? [task('Upload your resume here so your mock interviews can ask about it.')]
    : !input.hasMatch && prepDays >= 2
      ? [task(`Run /optimize with the job description to tailor your resume to ${words.roleOrJob}.`, { command: '/optimize' })]
      : [];
  return [
    { order: 0, title: `Research ${words.company}`, tasks: [...resume, task(`Read up on ${words.company}: what it sells, to whom, and its latest news.`, { guide: 'research' })] },
    { order: 3, title: 'Your STAR stories', tasks: [storiesTask(input, words)] },
    { order: 6, title: 'Your pitch', tasks: [pitchTask(input, words)] },
    { order: 8, title: 'A mock interview', tasks: [task(`Run ${words.interviewCommand()} for a full mock interview, then redo your weakest answer.`, { command: '/interview' })] },
    { order: 10, title: 'Questions to ask', tasks: [task(`Write five questions to ask ${words.interviewers}.`, { guide: 'questions' })] },
  ];
}

function storiesTask(input: PlanInput, words: Words): PlanTask {
  const options = { command: '/stories', guide: 'star' } as const;
  if (input.storyCount >= storiesWanted) return task(`Review your ${input.storyCount} saved stories with /stories and pick three that fit ${words.roleOrJob}.`, options);
  if (input.storyCount === 0) return task('Write three STAR stories with /stories: a success, a conflict and a setback.', options);
  return task(`Write ${input.storyCount === storiesWanted - 1 ? 'one more STAR story' : 'two more STAR stories'} with /stories so you have three to choose from.`, options);
}

function pitchTask(input: PlanInput, words: Words): PlanTask {
  return input.hasPitch
    ? task('Rehearse your saved pitch aloud with /pitch until it flows in under a minute.', { command: '/pitch', guide: 'tellMe' })
    : task(`Write your elevator pitch with /pitch, ending on why you want ${words.companyOrJob}.`, { command: '/pitch', guide: 'pitch' });
}

/** Days beyond the essentials, most useful first; each carries its place in the week. */
function extraBlocks(input: PlanInput, words: Words): Block[] {
  const family = input.role ? roleFamily(input.role) : 'general';
  const technical: Block[] = technicalGuideFamilies.has(family)
    ? [{ order: 4, title: 'Technical practice', tasks: [{ text: `Read the ${family} technical prep guide and practise its two hardest topics.`, guide: `guides/technical-prep-${family}.md` }] }]
    : [];
  return [
    {
      order: 11,
      title: 'A second mock interview',
      tasks: [
        task(`Run ${words.interviewCommand('behavioral')} for a mock on behavioural questions.`, { command: '/interview' }),
        task('Compare it with your first mock: is your weakest answer stronger now?'),
      ],
    },
    ...technical,
    {
      order: 7,
      title: 'Practise aloud',
      tasks: [task('Say each story aloud, aiming for about two minutes each.', { guide: 'star' }), task('Record one and listen for filler words and a missing result.')],
    },
    { order: 5, title: 'Common questions', tasks: [task(`Draft bullet answers to "why ${words.companyOrJob}?" and "what is your greatest weakness?".`, { guide: 'weaknesses' })] },
    { order: 12, title: 'A final mock interview', tasks: [task(`Run ${words.interviewCommand('technical')} for a last mock on role questions.`, { command: '/interview' })] },
    { order: 1, title: 'Know your interviewers', tasks: [task(`Look up your interviewers and note one thing about ${words.company} to mention.`, { guide: 'research' })] },
    { order: 9, title: 'Rest day', tasks: [task('Take today off preparation: rest helps what you practised sink in.', { guide: 'nerves' })] },
    { order: 2, title: 'Map stories to skills', tasks: [task(`Match one of your stories to each skill ${words.roleOrJob} asks for.`, { guide: 'competencies' })] },
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
    task("If it's a video call, test your camera, microphone and the link today.", { guide: 'remote' }),
    task('Lay out what you need for tomorrow and get an early night.', { guide: 'nerves' }),
  ];
  if (blocks.length === 0) {
    return { title: 'Light review and rest', tasks: [task('Skim your notes, stories and questions once, then stop.', { guide: 'dayPlan' }), ...logistics] };
  }
  // Interview tomorrow: every essential lands here, too many to name in a title.
  const title = blocks.length > 2 ? 'The essentials, then an early night' : joinTitles([...blocks.map((b) => b.title), 'an early night']);
  return { title, tasks: [...blocks.flatMap((b) => b.tasks), ...logistics] };
}

const arriveEarly = task('Log in five minutes early, or arrive ten minutes early in person.');
const breathe = task('Take a few slow breaths before you start; pausing to think is fine.', { guide: 'nerves' });

function interviewDayTasks(words: Words): PlanTask[] {
  return [
    task('Eat something and look over your notes once, then put them away.', { guide: 'dayPlan' }),
    arriveEarly,
    breathe,
    task(`At the end, ask ${words.interviewers} the questions you prepared.`, { guide: 'questions' }),
    task('Afterwards, note what they asked and send a short thank-you.', { guide: 'followUp' }),
  ];
}

/** Interview today: only what fits into a few hours and still helps. */
function interviewTodayTasks(input: PlanInput, words: Words): PlanTask[] {
  return [
    task(`Spend 15 minutes on ${words.company}'s website and latest news.`, { guide: 'research' }),
    input.hasPitch
      ? task('Rehearse your saved pitch aloud once with /pitch.', { command: '/pitch', guide: 'tellMe' })
      : task('Jot down a one-minute answer to "tell me about yourself".', { guide: 'tellMe' }),
    input.storyCount >= storiesWanted
      ? task('Skim your saved stories with /stories and pick three to tell.', { command: '/stories', guide: 'star' })
      : task('Pick three moments from your work you could tell as STAR stories.', { guide: 'star' }),
    task('Write two or three questions to ask them at the end.', { guide: 'questions' }),
    arriveEarly,
    breathe,
  ];
}

/** "Research Stripe, your STAR stories and your pitch". */
function joinTitles(titles: string[]): string {
  const [first = '', ...rest] = titles.map((t, i) => (i === 0 ? t : t.charAt(0).toLowerCase() + t.slice(1)));
  if (rest.length === 0) return first;
  return `${[first, ...rest.slice(0, -1)].join(', ')} and ${rest.at(-1)}`;
}

// ── chat messages ────────────────────────────────────────────────────────────────────────────

/** The whole plan as chat markdown: a header, then each day with its tasks as bullets. */
export function formatPlan(days: PlanDay[], company?: string): string {
  const interviewDay = days.at(-1);
  if (!interviewDay) return '';
  const header = `**Your plan for the ${company ? `${company} ` : ''}interview on ${formatDayLabel(interviewDay.date)}**`;
  return [header, ...days.map((day) => `**${formatDayLabel(day.date)}**: ${day.title}\n${formatTasks(day.tasks)}`)].join('\n\n');
}

/** The morning message for one day of the plan; `daysLeft` is 0 on the interview day. */
export function formatDayReminder(day: PlanDay, daysLeft: number, company?: string): string {
  const interview = company ? `${company} interview` : 'interview';
  const lead = daysLeft <= 0
    ? `**Today is your ${interview}. Good luck!**`
    : `**${daysLeft === 1 ? `Your ${interview} is tomorrow` : `${daysLeft} days until your ${interview}`}.** Today: ${day.title}`;
  return `${lead}\n${formatTasks(day.tasks)}${daysLeft > 0 ? '\n\nSend /plan to see the whole plan.' : ''}`;
}

function formatTasks(tasks: PlanTask[]): string {
  return tasks.map((t) => `- ${t.text}${t.guide ? ` _(guide: ${guideName(t.guide)})_` : ''}`).join('\n');
}

/** A guide's short name; technical prep guides are named after their role family. */
function guideName(path: string): string {
  const known = Object.values(guides).find((g) => g.path === path);
  if (known) return known.name;
  const family = /technical-prep-([\w-]+)\.md$/.exec(path)?.[1];
  const name = family ? `${family} technical prep` : path.replace(/^.*\//, '').replace(/\.md$/, '').replace(/-/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
