// The team's question bank (knowledge/question-bank/): behavioral questions by competency and
// technical ones by role family, each with what a strong answer holds at each level, a natural
// follow-up and a hint. Read once from the markdown the team writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Level = 'junior' | 'mid' | 'senior';

export interface BankQuestion {
  text: string;
  kind: 'behavioral' | 'technical';
  /** The competency (ownership…) or the role family (backend…). */
  topic: string;
  strongAnswer: Record<Level, string>;
  followUp: string;
  hint: string;
}

export const questionBankDir = new URL('../../knowledge/question-bank/', import.meta.url).pathname;

/** Parses one file of the format in knowledge/question-bank/README.md. */
export function parseQuestionFile(markdown: string): BankQuestion[] {
  const kind = /^kind:\s*(behavioral|technical)\s*$/m.exec(markdown)?.[1] as BankQuestion['kind'] | undefined;
  const topic = /^topic:\s*(\S+)\s*$/m.exec(markdown)?.[1];
  if (!kind || !topic) return [];
  return markdown
    .split(/^## /m)
    .slice(1)
    .flatMap((block) => {
      const [text, ...rest] = block.split('\n');
      const field = (name: string) => new RegExp(`^- ${name}: (.+)$`, 'm').exec(rest.join('\n'))?.[1]?.trim() ?? '';
      const question = { text: text!.trim(), kind, topic, strongAnswer: { junior: field('junior'), mid: field('mid'), senior: field('senior') }, followUp: field('follow-up'), hint: field('hint') };
      return question.text && question.hint ? [question] : [];
    });
}

let bank: BankQuestion[] | undefined;

export function questionBank(dir = questionBankDir): BankQuestion[] {
  if (bank && dir === questionBankDir) return bank;
  const files = ['behavioral', 'technical'].flatMap((sub) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.md')).map((f) => join(dir, sub, f)));
  const questions = files.sort().flatMap((file) => parseQuestionFile(readFileSync(file, 'utf8')));
  if (dir === questionBankDir) bank = questions;
  return questions;
}

/** The role family whose technical questions fit a role ("Senior Backend Engineer" → backend). */
export function roleFamily(role: string): string {
  const families: Array<[string, RegExp]> = [
    ['devops', /\b(devops|sre|site reliability|platform|infrastructure|cloud)\b/i],
    ['data', /\b(data|analyst|analytics|scientist|machine learning|ml|bi)\b/i],
    ['mobile', /\b(mobile|ios|android|flutter|react native)\b/i],
    ['frontend', /\b(front-?end|web|react|ui engineer|javascript)\b/i],
    ['backend', /\b(back-?end|api|server|software|engineer|developer|programmer)\b/i],
    ['design', /\b(design(er)?|ux|ui|product designer|researcher)\b/i],
    ['product', /\b(product manager|product owner|pm)\b/i],
    ['sales', /\b(sales|account executive|account manager|business development|sdr|bdr)\b/i],
    ['nursing', /\b(nurse|nursing|clinical|midwife|rgn)\b/i],
  ];
  // Designers and product managers first: "Product Designer" is design, not product.
  const ordered = [families[5]!, families[6]!, ...families.slice(0, 5), ...families.slice(7)];
  return ordered.find(([, pattern]) => pattern.test(role))?.[0] ?? 'general';
}
