// The optimization pipeline shared by the optimize-resume worker and `intervai match`:
// requirements from the JD, the match (with text similarity from embeddings), and rewrites.
import type { AiGateway } from '../ai/gateway.ts';
import { cosine, lexicalEmbedding } from '../ai/lexical-embedding.ts';
import type { OutgoingMessage } from '../model/message.ts';
import type { Store } from '../ports/store.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import { extractRequirements } from './extract-requirements.ts';
import { matchResume, type MatchReport } from './match.ts';
import { matchReportMessage, optimizeProgress } from './optimize-replies.ts';
import type { RewriteSuggestion } from './optimization.ts';
import type { Requirements } from './requirements.ts';
import { suggestRewrites } from './rewrites.ts';

/** The resume as plain text: what embeddings compare and rewrites are checked against. */
export function resumeAsText(resume: JsonResume): string {
  const b = resume.basics;
  return [
    b.label,
    b.summary,
    ...resume.work.flatMap((w) => [[w.position, w.name].filter(Boolean).join(' at '), w.summary, ...w.highlights]),
    ...resume.skills.map((s) => `${s.name}: ${s.keywords.join(', ')}`),
    ...resume.projects.flatMap((p) => [p.name, p.description, ...p.highlights]),
    ...resume.education.map((e) => [e.studyType, e.area, e.institution].filter(Boolean).join(' ')),
    ...resume.certificates.map((c) => c.name),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Resume and JD texts rarely exceed a cosine of ~0.5, even for a perfect fit; this spreads 0.05–0.5 over 0–1. */
const spread = (c: number) => Math.max(0, Math.min(1, (c - 0.05) / 0.45));

/** Embeds texts: the gateway's embed (provider or lexical), or the lexical one directly. */
export type Embed = (texts: string[]) => Promise<number[][]>;

const lexicalEmbed: Embed = async (texts) => texts.map(lexicalEmbedding);

export async function matchAgainst(resume: JsonResume, jd: string, embed: Embed = lexicalEmbed): Promise<{ requirements: Requirements; report: MatchReport }> {
  const requirements = extractRequirements(jd);
  const [a, b] = await embed([resumeAsText(resume), jd]);
  return { requirements, report: matchResume(resume, requirements, { similarity: spread(cosine(a!, b!)) }) };
}

export interface OptimizationResult {
  reportMessage: OutgoingMessage;
  suggestions: RewriteSuggestion[];
  /** Where each suggestion's bullet is, for its message: "Ledgerline Ltd, bullet 2". */
  places: string[];
}

export async function runOptimization(store: Store, gateway: AiGateway, optimizationId: string, onStage: (m: OutgoingMessage) => Promise<void>): Promise<OptimizationResult | undefined> {
  const optimization = await store.optimizations.get(optimizationId);
  const record = optimization?.resumeId ? await store.resumes.get(optimization.resumeId) : undefined;
  const version = record && (await store.resumes.parsedVersion(record.userId, record.version));
  if (!optimization || !version) return undefined;
  await onStage(optimizeProgress('matching'));
  const embed: Embed = async (texts) => (await gateway.embed({ userId: optimization.userId }, texts)).vectors;
  const { requirements, report } = await matchAgainst(version.parsed, optimization.jobDescription, embed);
  await onStage(optimizeProgress('rewriting'));
  const suggestions = await suggestRewrites(version.parsed, requirements, gateway.available ? { gateway, userId: optimization.userId } : undefined);
  await store.optimizations.saveReport(optimizationId, requirements, report, suggestions);
  const places = suggestions.map((s) => `${version.parsed.work[s.workIndex]?.name || version.parsed.work[s.workIndex]?.position || 'Experience'}, bullet ${s.bulletIndex + 1}`);
  return { reportMessage: matchReportMessage(report, requirements.displayTitle ?? requirements.titles[0], version.version), suggestions, places };
}
