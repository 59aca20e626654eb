// A scripted model for the Strategist's end-to-end tests: it behaves like a tool-using LLM by
// rules. A question is looked up with search_knowledge, then answered citing [1]; an interview
// date becomes make_plan; "save this story" becomes save_story with the STAR parts split by
// sentence; a pitch request is written from the facts it is given; a summary request is summarised.
import type { ChatRequest, ScriptedReply } from './fake-openai.ts';

const text = (content: unknown) => (typeof content === 'string' ? content : JSON.stringify(content));

export function scriptedStrategist(request: ChatRequest): ScriptedReply {
  const system = text(request.messages[0]?.content);
  const last = request.messages.at(-1)!;
  if (/running summary/.test(system)) return 'The user is preparing for interviews and asked about advice.';
  if (/^Write a first-person elevator pitch/.test(system)) return pitchFromFacts(text(last.content));
  if (last.role === 'tool') {
    const result = text(last.content);
    if (/^\[1\]/.test(result)) return `Here is what the guide says, in short: ${result.split('\n')[1]?.slice(0, 120)} [1]`;
    return 'Done: see below.';
  }
  const said = text(last.content);
  const story = /^save this story: (.+)$/is.exec(said);
  if (story) {
    const [situation, task, action, result] = story[1]!.split(/(?<=\.)\s+/);
    return { toolCalls: [{ name: 'save_story', arguments: { title: 'Faster payouts at Finlo', situation, task, action, result } }] };
  }
  const interview = /interview at (\w+) on (\w+)/i.exec(said);
  if (interview) return { toolCalls: [{ name: 'make_plan', arguments: { when: interview[2], company: interview[1] } }] };
  return { toolCalls: [{ name: 'search_knowledge', arguments: { query: said } }] };
}

/** A pitch made of sentences from the facts only, so the grounding check passes. */
function pitchFromFacts(facts: string): string {
  const name = /Facts:\n(.+)/.exec(facts)?.[1] ?? 'I';
  const result = /Payout time dropped by 40% for 3,000 merchants/.exec(facts)?.[0];
  return `I'm ${name}, a Backend Engineer at Finlo Payments. ${result ? `${result}. ` : ''}Before that I built REST APIs in TypeScript for 40 merchants at Shoply. Next I want a senior backend role.`;
}
