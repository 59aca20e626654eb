// The chat command words, the same on every platform (DESIGN.md "Chat commands").

export interface CommandInfo {
  name: string;
  usage: string;
  summary: string;
  /** An optional free-text argument, for platforms that declare them (Discord's options). */
  argument?: { name: string; description: string };
}

/** Every command (DESIGN.md "Chat commands"), as /help lists them. */
export const availableCommands: CommandInfo[] = [
  { name: 'start', usage: '/start', summary: 'welcome and a quick tour' },
  { name: 'help', usage: '/help', summary: 'this list' },
  { name: 'resume', usage: '/resume [version]', summary: 'your parsed resume, and its older versions', argument: { name: 'version', description: 'a version number; the newest when left out' } },
  {
    name: 'optimize',
    usage: '/optimize [job description]',
    summary: 'score your resume against a job, with rewrites',
    argument: { name: 'job_description', description: 'the posting; or leave it out and send it next, as text or a file' },
  },
  { name: 'export', usage: '/export docx|pdf|json|report', summary: 'download your resume, or your last interview report', argument: { name: 'format', description: 'docx, pdf, json, or report' } },
  { name: 'coverletter', usage: '/coverletter', summary: 'a cover letter for your latest job description' },
  {
    name: 'interview',
    usage: '/interview [role] [behavioral|technical|mixed] [junior|mid|senior] [at company]',
    summary: 'a mock interview with feedback on every answer',
    argument: { name: 'options', description: 'role, kind, level and company, e.g. "backend mixed senior at Stripe"' },
  },
  { name: 'end', usage: '/end', summary: 'finish the interview and get your report' },
  { name: 'pitch', usage: '/pitch [30|60|90]', summary: 'draft, time and improve your elevator pitch', argument: { name: 'seconds', description: '30, 60 or 90 seconds' } },
  {
    name: 'plan',
    usage: '/plan [company and date] | off',
    summary: 'a day-by-day plan to your interview, with a reminder each morning',
    argument: { name: 'when', description: 'e.g. "Stripe on Friday"; "off" stops the reminders' },
  },
  {
    name: 'stories',
    usage: '/stories [remove N]',
    summary: 'your STAR story bank, and new stories to save from interviews and your resume',
    argument: { name: 'remove', description: '"remove 2" deletes story 2; leave it out to see the bank' },
  },
  { name: 'usage', usage: '/usage', summary: 'your plan, what is left of it this month, and the AI you used' },
  {
    name: 'upgrade',
    usage: '/upgrade [pro | team SEATS]',
    summary: 'more interviews, matches and AI: a checkout link',
    argument: { name: 'plan', description: '"pro" (default), or "team 5" for five seats in this workspace' },
  },
  { name: 'billing', usage: '/billing', summary: 'change your card or plan, or cancel' },
  { name: 'export-data', usage: '/export-data', summary: 'everything stored about you, as a JSON file' },
  { name: 'forget', usage: '/forget', summary: 'delete everything stored about you (asks first)' },
];

export interface ParsedCommand {
  name: string;
  args: string;
}

/** "/Interview@IntervAIBot backend senior" → { name: 'interview', args: 'backend senior' };
 *  "/export_data" (Telegram's spelling) → 'export-data'. */
export function parseCommand(text: string): ParsedCommand | undefined {
  const match = /^\/([a-z][\w-]*)(?:@\S+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase().replaceAll('_', '-'), args: (match[2] ?? '').trim() };
}
