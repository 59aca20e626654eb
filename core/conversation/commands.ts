// The chat command words, the same on every platform (DESIGN.md "Chat commands").

export interface CommandInfo {
  name: string;
  usage: string;
  summary: string;
  /** The summary in Spanish, for /help (core/language). */
  summaryEs: string;
  /** An optional free-text argument, for platforms that declare them (Discord's options). */
  argument?: { name: string; description: string };
}

/** Every command (DESIGN.md "Chat commands"), as /help lists them. */
export const availableCommands: CommandInfo[] = [
  { name: 'start', usage: '/start', summary: 'welcome and a quick tour', summaryEs: 'bienvenida y un recorrido rápido' },
  { name: 'help', usage: '/help', summary: 'this list', summaryEs: 'esta lista' },
  { name: 'resume', usage: '/resume [version]', summary: 'your parsed resume, and its older versions', summaryEs: 'tu currículum leído, y sus versiones anteriores', argument: { name: 'version', description: 'a version number; the newest when left out' } },
  {
    name: 'optimize',
    usage: '/optimize [job description]',
    summary: 'score your resume against a job, with rewrites', summaryEs: 'compara tu currículum con una oferta, con reescrituras',
    argument: { name: 'job_description', description: 'the posting; or leave it out and send it next, as text or a file' },
  },
  { name: 'export', usage: '/export docx|pdf|json|report', summary: 'download your resume, or your last interview report', summaryEs: 'descarga tu currículum, o el informe de tu última entrevista', argument: { name: 'format', description: 'docx, pdf, json, or report' } },
  { name: 'coverletter', usage: '/coverletter', summary: 'a cover letter for your latest job description', summaryEs: 'una carta de presentación para tu última oferta' },
  {
    name: 'interview',
    usage: '/interview [role] [behavioral|technical|mixed] [junior|mid|senior] [at company]',
    summary: 'a mock interview with feedback on every answer', summaryEs: 'una entrevista de práctica con comentarios sobre cada respuesta',
    argument: { name: 'options', description: 'role, kind, level and company, e.g. "backend mixed senior at Stripe"' },
  },
  { name: 'end', usage: '/end', summary: 'finish the interview and get your report', summaryEs: 'termina la entrevista y recibe tu informe' },
  { name: 'pitch', usage: '/pitch [30|60|90]', summary: 'draft, time and improve your elevator pitch', summaryEs: 'prepara, cronometra y mejora tu presentación breve', argument: { name: 'seconds', description: '30, 60 or 90 seconds' } },
  {
    name: 'plan',
    usage: '/plan [company and date] | off',
    summary: 'a day-by-day plan to your interview, with a reminder each morning', summaryEs: 'un plan día a día hasta tu entrevista, con un recordatorio cada mañana',
    argument: { name: 'when', description: 'e.g. "Stripe on Friday"; "off" stops the reminders' },
  },
  {
    name: 'stories',
    usage: '/stories [remove N]',
    summary: 'your STAR story bank, and new stories to save from interviews and your resume', summaryEs: 'tu banco de historias STAR, y nuevas historias de entrevistas y de tu currículum',
    argument: { name: 'remove', description: '"remove 2" deletes story 2; leave it out to see the bank' },
  },
  {
    name: 'practice',
    usage: '/practice [off|on]',
    summary: 'a 2-minute drill of an answer that scored low; drills also come to you when due', summaryEs: 'un ejercicio de 2 minutos de una respuesta con nota baja; también llegan solos cuando toca',
    argument: { name: 'reminders', description: '"off" stops the drill messages, "on" brings them back' },
  },
  {
    name: 'language',
    usage: '/language [en|es|auto]',
    summary: 'the language I write in: English or Spanish; auto follows your messages', summaryEs: 'el idioma en que escribo: inglés o español; auto sigue tus mensajes',
    argument: { name: 'language', description: '"es", "en", or "auto" to follow the language you write in' },
  },
  { name: 'usage', usage: '/usage', summary: 'your plan, what is left of it this month, and the AI you used', summaryEs: 'tu plan, lo que te queda este mes y la IA que usaste' },
  {
    name: 'upgrade',
    usage: '/upgrade [pro | team SEATS]',
    summary: 'more interviews, matches and AI: a checkout link', summaryEs: 'más entrevistas, comparaciones e IA: un enlace de pago',
    argument: { name: 'plan', description: '"pro" (default), or "team 5" for five seats in this workspace' },
  },
  { name: 'billing', usage: '/billing', summary: 'change your card or plan, or cancel', summaryEs: 'cambia tu tarjeta o tu plan, o cancela' },
  { name: 'link', usage: '/link [code]', summary: 'connect your accounts on other platforms', summaryEs: 'conecta tus cuentas de otras plataformas', argument: { name: 'code', description: 'the code /link gave you on your other platform; leave it out to get one' } },
  { name: 'export-data', usage: '/export-data', summary: 'everything stored about you, as a JSON file', summaryEs: 'todo lo que guardo sobre ti, en un archivo JSON' },
  { name: 'forget', usage: '/forget', summary: 'delete everything stored about you (asks first)', summaryEs: 'borra todo lo que guardo sobre ti (pregunta antes)' },
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
