// The Strategist's prompt size over a long conversation: prompt tokens of each turn's first model
// call, with a scripted model that searches the guides and answers in about 120 words. The
// running summary should keep the figure flat; the full history is printed beside it.
import { countTokens } from '../../core/ai/token-count.ts';
import type { ChatRequest, ScriptedReply } from '../../test-helpers/fake-openai.ts';
import { PlaygroundClient } from '../../test-helpers/playground-client.ts';
import { startPlaygroundWithAi } from '../../test-helpers/playground-with-ai.ts';

const answer = Array.from({ length: 12 }, (_, i) => `Point ${i + 1}: keep the story specific, say what you did and end on the result with a number.`).join(' ');
const summary = 'The user is preparing for a backend interview at Stripe on Friday, has practised STAR stories about payouts and on-call, asked about salary timing, questions to ask and remote etiquette, and wants concise answers. '.repeat(2);

function scripted(request: ChatRequest): ScriptedReply {
  const last = request.messages.at(-1)!;
  if (/running summary/.test(String(request.messages[0]?.content))) return summary;
  if (last.role === 'tool') return `${answer} [1]`;
  return { toolCalls: [{ name: 'search_knowledge', arguments: { query: String(last.content) } }] };
}

const tokensOf = (request: ChatRequest) => countTokens(request.messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n'));

export async function benchStrategist(turns = 50) {
  const app = await startPlaygroundWithAi((provider) => (provider.defaultReply = scripted), {}, { RATE_LIMIT_PER_MINUTE: '1000' });
  try {
    await app.served.runtime.queue.waitUntilIdle();
    const client = new PlaygroundClient(app.served.url, 'Bench');
    await client.connect();
    const perTurn: number[] = [];
    let historyTokens = 0;
    for (let turn = 1; turn <= turns; turn++) {
      const question = `Turn ${turn}: how should I answer a question about a time I disagreed with my manager on a technical decision, and what result should I mention?`;
      const seen = new Set(client.events);
      await client.say(question);
      await client.waitFor((e) => !seen.has(e) && e.event === 'edit' && e.text.includes('_Sources:'), 30_000);
      const first = [...app.provider.chatRequests()].reverse().find((r) => r.tools && r.messages.at(-1)!.content === question)!;
      perTurn.push(tokensOf(first));
      historyTokens += countTokens(question) + countTokens(answer);
    }
    const at = (n: number) => perTurn[n - 1]!;
    const flat = at(50) <= at(5) * 1.5 ? 'flat (met)' : 'growing (not met)';
    console.log('Strategist prompt tokens per turn'.padEnd(44), `turn 5: ${at(5)}, turn 10: ${at(10)}, turn 25: ${at(25)}, turn 50: ${at(50)}; max ${Math.max(...perTurn)}; the whole history would be ~${historyTokens} by turn 50: ${flat}`);
  } finally {
    await app.stop();
  }
}
