// The Strategist's tools as LangChain tools: a name, a description the model chooses by, a zod
// schema, and the plain function that does the work (the offline Strategist calls the same
// ones). A tool that fails is logged and tells the model so in one neutral sentence: the raw
// error (a failed query with the user's words in it) never reaches the model or the user.
import type { RunnableConfig } from '@langchain/core/runnables';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { makePlan } from '../../../plan/make-plan.ts';
import type { TurnConfig, TurnContext } from '../turn.ts';
import { latestMatch } from './get-latest-match.ts';
import { resumeFacts } from './get-resume.ts';
import { handOffToInterview, handOffToPitch } from './hand-off.ts';
import { proposeStory } from './propose-story.ts';
import { searchGuides } from './search-guides.ts';

const matchNotes = {
  none: 'The user has not matched their resume to a job yet; /optimize with a job description does that.',
  pending: 'A match is still being worked out, or it failed; /optimize runs it again.',
};

/** The turn's context, and the work done with failures contained. */
function withTurn<I>(name: string, work: (turn: TurnContext, input: I) => Promise<string> | string) {
  return async (input: I, config?: RunnableConfig): Promise<string> => {
    const turn = (config?.configurable as TurnConfig).turn;
    try {
      return await work(turn, input);
    } catch (error) {
      turn.logger.warn({ err: error, tool: name, threadId: turn.threadId }, 'strategist tool failed');
      return `${name} is unavailable right now. Answer without it and say briefly that you could not look it up.`;
    }
  };
}

async function planFor(turn: TurnContext, { when, company, role }: { when: string; company?: string; role?: string }): Promise<string> {
  if (turn.effects.plan) return 'A plan was already made this turn: one plan at a time. Ask the user which interview to plan for.';
  // The model's date first; the user's own words only when the model's cannot be read.
  let made = await makePlan(turn, { userId: turn.userId, conversationId: turn.conversationId, when, company, role });
  if ('problem' in made) made = await makePlan(turn, { userId: turn.userId, conversationId: turn.conversationId, when: turn.message, company, role });
  if ('problem' in made) return made.problem;
  turn.effects.plan = made;
  const replaced = made.replaced ? ' It replaces the plan for their earlier interview (the user is told).' : '';
  return `The day-by-day plan (${made.plan.days.length} days) is sent to the user as its own message after your reply, and a reminder arrives each morning.${replaced} Do not repeat it; add at most two sentences.`;
}

export function strategistTools() {
  return [
    tool(withTurn('get_resume', async (turn) => (await resumeFacts(turn)) ?? 'The user has not uploaded a resume yet. They can send one as a file (PDF, DOCX or TXT).'), {
      name: 'get_resume',
      description: "The user's newest resume: name, roles with their bullets, skills, education.",
      schema: z.object({}),
    }),
    tool(withTurn('get_latest_match', async (turn) => {
      const match = await latestMatch(turn);
      return match === 'none' || match === 'pending' ? matchNotes[match] : match;
    }), {
      name: 'get_latest_match',
      description: "The user's latest resume-to-job match: the job, the score, matched and missing skills.",
      schema: z.object({}),
    }),
    tool(withTurn('search_knowledge', (turn, { query }: { query: string }) => searchGuides(turn, query)), {
      name: 'search_knowledge',
      description: "Searches IntervAI's coaching guides (STAR, salary, questions to ask, technical prep…). Returns numbered sections to cite.",
      schema: z.object({ query: z.string().describe('what to look up, in a few words') }),
    }),
    tool(withTurn('start_interview', (turn, options: Parameters<typeof handOffToInterview>[1]) => handOffToInterview(turn, options)), {
      name: 'start_interview',
      description: 'Starts a mock interview in this chat once you have answered.',
      schema: z.object({
        role: z.string().optional().describe('the role, e.g. "backend engineer"'),
        kind: z.enum(['behavioral', 'technical', 'mixed']).optional(),
        level: z.enum(['junior', 'mid', 'senior']).optional(),
        company: z.string().optional(),
      }),
    }),
    tool(withTurn('start_pitch', (turn, { seconds }: { seconds?: 30 | 60 | 90 }) => handOffToPitch(turn, seconds)), {
      name: 'start_pitch',
      description: 'Starts elevator-pitch practice (drafting, timing and critique) once you have answered.',
      schema: z.object({ seconds: z.union([z.literal(30), z.literal(60), z.literal(90)]).optional() }),
    }),
    tool(withTurn('make_plan', planFor), {
      name: 'make_plan',
      description: 'Makes a day-by-day preparation plan up to an interview date, with a reminder each morning. One plan at a time.',
      schema: z.object({
        when: z.string().describe('the interview date as the user said it ("Friday", "next Tuesday") or YYYY-MM-DD'),
        company: z.string().optional(),
        role: z.string().optional(),
      }),
    }),
    tool(withTurn('save_story', (turn, story: Parameters<typeof proposeStory>[1]) => proposeStory(turn, story)), {
      name: 'save_story',
      description: 'Offers to save a STAR story the user told (they confirm with a button). Use only their words.',
      schema: z.object({
        title: z.string().describe('a short name, e.g. "Cut checkout latency at Acme"'),
        situation: z.string(),
        task: z.string(),
        action: z.string().describe('what the user did, in first person'),
        result: z.string().describe('the outcome, with their numbers'),
      }),
    }),
  ];
}
