// The Strategist's tools as LangChain tools: a name, a description the model chooses by, a zod
// schema, and the plain function that does the work (the offline Strategist calls the same ones).
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

const turnOf = (config: RunnableConfig | undefined): TurnContext => (config?.configurable as TurnConfig).turn;

export function strategistTools() {
  return [
    tool((_input, config) => resumeFacts(turnOf(config)), {
      name: 'get_resume',
      description: "The user's newest resume: name, roles with their bullets, skills, education.",
      schema: z.object({}),
    }),
    tool((_input, config) => latestMatch(turnOf(config)), {
      name: 'get_latest_match',
      description: "The user's latest resume-to-job match: the job, the score, matched and missing skills.",
      schema: z.object({}),
    }),
    tool(({ query }, config) => searchGuides(turnOf(config), query), {
      name: 'search_knowledge',
      description: "Searches IntervAI's coaching guides (STAR, salary, questions to ask, technical prep…). Returns numbered sections to cite.",
      schema: z.object({ query: z.string().describe('what to look up, in a few words') }),
    }),
    tool((request, config) => handOffToInterview(turnOf(config), request), {
      name: 'start_interview',
      description: 'Starts a mock interview in this chat once you have answered.',
      schema: z.object({
        role: z.string().optional().describe('the role, e.g. "backend engineer"'),
        kind: z.enum(['behavioral', 'technical', 'mixed']).optional(),
        level: z.enum(['junior', 'mid', 'senior']).optional(),
        company: z.string().optional(),
      }),
    }),
    tool(({ seconds }, config) => handOffToPitch(turnOf(config), seconds), {
      name: 'start_pitch',
      description: 'Starts elevator-pitch practice (drafting, timing and critique) once you have answered.',
      schema: z.object({ seconds: z.union([z.literal(30), z.literal(60), z.literal(90)]).optional() }),
    }),
    tool(async ({ when, company, role }, config) => {
      const turn = turnOf(config);
      const made = await makePlan(turn, { userId: turn.userId, conversationId: turn.conversationId, when: `${when} ${turn.message}`, company, role });
      if ('problem' in made) return made.problem;
      turn.effects.plan = made.plan;
      return `The day-by-day plan (${made.plan.days.length} days) is sent to the user as its own message after your reply, and a reminder arrives each morning. Do not repeat it; add at most two sentences.`;
    }, {
      name: 'make_plan',
      description: 'Makes a day-by-day preparation plan up to an interview date, with a reminder each morning.',
      schema: z.object({
        when: z.string().describe('the interview date as the user said it ("Friday", "next Tuesday") or YYYY-MM-DD'),
        company: z.string().optional(),
        role: z.string().optional(),
      }),
    }),
    tool((story, config) => proposeStory(turnOf(config), story), {
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
