// `npm run eval:rag`: how well knowledge search finds the guide section that answers a job
// seeker's question (eval/rag/questions.json, written by a person, not tuned to the search).
// A held-out set (eval/rag/held-out.json) is reported beside it and never tuned against, so a
// gain that only the main set shows reads as overfitting. The guides are ingested into a throwaway PGlite store and each question searched as the chat
// does; a hit counts when its guide and section heading both match. The offline lexical
// embedding always runs; provider embeddings run too when a provider with an embedding model is
// configured. Scores are printed, never asserted: the exit code is 0 unless this script fails.
//   --verbose  every question's rank, not only the misses
import { parseArgs } from 'node:util';
import { createAiGateway } from '../core/ai/gateway.ts';
import { lexicalModelName } from '../core/ai/lexical-embedding.ts';
import { createMemoryAiCache } from '../core/ai/memory-cache.ts';
import { parseConfig, type Config } from '../core/config.ts';
import { ingestKnowledge, searchKnowledge } from '../core/knowledge/ingest.ts';
import { silentLogger } from '../core/ports/logger.ts';
import type { KnowledgeHit, Store } from '../core/ports/store.ts';
import { openStore } from '../db/store.ts';
import { guideHeadings, loadQuestions, questionSets, type Question } from '../eval/rag/data.ts';
import { fixed } from '../eval/match/report.ts';
import { meanReciprocalRank, rankCutoff, rankOf, recallAt } from '../eval/rag/metrics.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';

const { values: args } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

/** The offline recall@5 the lexical embedding is expected to reach. */
const offlineRecallAt5Target = 0.8;

interface Outcome {
  question: Question;
  rank: number | undefined;
  first: KnowledgeHit | undefined;
}

interface LoadedSet {
  name: string;
  questions: Question[];
}

type Run = { model: string; sets: Array<{ name: string; outcomes: Outcome[] }> } | { skipped: string };

/** Ingests the guides once into a fresh embedded store and searches every set's questions; nothing is left on disk. */
async function run(ai: Config['ai'], sets: LoadedSet[], wantProvider: boolean): Promise<Run> {
  const dir = await createTempDir('intervai-eval-rag-');
  let store: Store | undefined;
  try {
    store = await openStore({ kind: 'pglite', dataDir: dir.path });
    // Usage rows land in the throwaway store: an evaluation run is not anyone's usage.
    const gateway = createAiGateway({ config: ai, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger });
    if (wantProvider && gateway.embeddingModel() === lexicalModelName) {
      return { skipped: `no configured provider (${ai.providers.map((p) => p.name).join(', ')}) has an embedding model in the catalog` };
    }
    const { model } = await ingestKnowledge(store.knowledge, gateway);
    const searched = [];
    for (const { name, questions } of sets) {
      const outcomes: Outcome[] = [];
      for (const question of questions) {
        const hits = await searchKnowledge(store.knowledge, gateway, null, question.question, rankCutoff);
        outcomes.push({ question, rank: rankOf(hits, question.expected), first: hits[0] });
      }
      searched.push({ name, outcomes });
    }
    return { model, sets: searched };
  } finally {
    await store?.close();
    await dir.remove();
  }
}

const section = (document: string, heading: string) => `${document.replace(/^guides\//, '')} § ${heading}`;

/** Prints every set's figures and misses; returns recall@5 per set name. */
function report(label: string, result: Extract<Run, { model: string }>): Map<string, number> {
  console.log(`${label} (${result.model}):`);
  const recall5BySet = new Map<string, number>();
  for (const { name, outcomes } of result.sets) {
    const ranks = outcomes.map((o) => o.rank);
    const recall5 = recallAt(ranks, 5);
    recall5BySet.set(name, recall5);
    console.log(`  ${name} (${outcomes.length}): recall@1 ${fixed(recallAt(ranks, 1))}  recall@5 ${fixed(recall5)}  MRR ${fixed(meanReciprocalRank(ranks))}`);
    const shown = args.verbose ? outcomes : outcomes.filter((o) => o.rank === undefined || o.rank > 5);
    if (!args.verbose) console.log(`    not in the top 5 (${shown.length}):`);
    for (const { question, rank, first } of shown) {
      console.log(`    ${question.id}  rank ${rank ?? `>${rankCutoff}`}  "${question.question}"`);
      if (rank === 1) continue;
      console.log(`        expected ${section(question.expected.document, question.expected.heading)}`);
      console.log(`        first    ${first ? `${section(first.documentPath, first.heading)} (similarity ${fixed(first.similarity)})` : '(no hits)'}`);
    }
  }
  return recall5BySet;
}

try {
  const config = parseConfig(process.env);
  const sets = questionSets.map((set) => ({ name: set.name, questions: loadQuestions(set) }));
  const headings = guideHeadings();
  const sections = [...headings.values()].reduce((n, h) => n + h.length, 0);
  const described = sets.map(({ name, questions }) => `${name}: ${questions.length} questions in ${new Set(questions.map((q) => q.expected.document)).size}`);
  console.log(`Knowledge search over ${headings.size} guides (${sections} sections), ${described.join(', ')} guides; top ${rankCutoff} hits per question`);

  const offline = await run(parseConfig({}).ai, sets, false);
  if ('skipped' in offline) throw new Error(offline.skipped);
  // The target is judged on the main set only; held-out is printed to check that gains generalise.
  const offlineRecall5 = report('offline', offline).get(questionSets[0].name) ?? 0;
  const met = offlineRecall5 >= offlineRecallAt5Target ? 'met' : 'not met';
  console.log(`Offline target recall@5 ≥ ${fixed(offlineRecallAt5Target)} on ${questionSets[0].name}: ${met} (${fixed(offlineRecall5)})`);

  if (!config.ai.configured) {
    console.log('Provider embeddings: not run (no OPENAI_API_KEY, QWEN_API_KEY, DEEPSEEK_API_KEY or GEMINI_API_KEY set).');
  } else {
    try {
      const provider = await run(config.ai, sets, true);
      if ('skipped' in provider) console.log(`Provider embeddings: not run (${provider.skipped}).`);
      else report('provider', provider);
    } catch (error) {
      // The offline figures above stand on their own; a provider outage only loses the comparison.
      console.log(`Provider embeddings: failed (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  process.exit(0);
} catch (error) {
  console.error(`eval:rag: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
