// A pitch written with AI from the same facts the template uses (resume and saved stories).
// A draft that adds a number, a name or a skill the facts do not hold is not shown: the
// template is, so the user never rehearses a claim they cannot back.
import { AiUnavailableError } from '../ai/errors.ts';
import type { AiGateway } from '../ai/gateway.ts';
import { checkRewrite } from '../optimize/grounding-check.ts';
import { resumeAsText } from '../optimize/run-optimization.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import type { StoryParts } from '../stories/story.ts';
import type { PitchBrief } from './draft.ts';
import { modelInstruction } from '../language/language-replies.ts';

const audiences: Record<PitchBrief['audience'], string> = {
  recruiter: 'a recruiter screening for fit, level and availability',
  manager: 'the hiring manager, who wants proof the candidate can solve their problems',
  networking: 'someone met at a networking event, where the goal is a follow-up conversation',
};

/** The pitch is said by the user, so it is written in their language (the facts may be in another). */
const spokenIn = () => {
  const instruction = modelInstruction();
  return instruction ? ` ${instruction} Keep names, employers, tools and numbers exactly as in the facts.` : '';
};

/** The AI's draft, or undefined when it is unavailable or not grounded in the facts. */
export async function draftPitchWithAi(ai: AiGateway, userId: string, resume: JsonResume, brief: PitchBrief, stories: StoryParts[]): Promise<string | undefined> {
  const storyText = stories.map((s) => `${s.title}: ${s.situation} ${s.task} ${s.action} ${s.result}`).join('\n');
  const facts = `${resume.basics.name ?? ''}\n${resumeAsText(resume)}\n${storyText}\n${brief.role ?? ''}`;
  const words = Math.round((brief.target * 140) / 60);
  try {
    const draft = await ai.complete({ task: 'chat', userId }, [
      {
        role: 'system',
        content: `Write a first-person elevator pitch of about ${words} words (${brief.target} seconds spoken) for ${audiences[brief.audience]}. Structure: a hook with the present role, one proof with a result, the past in a sentence, and what the speaker wants next. Use ONLY the facts given: never add numbers, employers, tools or skills. Plain text, one paragraph.${spokenIn()}`,
      },
      { role: 'user', content: `Target role: ${brief.role ?? 'not given'}\n\nFacts:\n${facts}` },
    ]);
    return draft.trim() && checkRewrite(draft, facts).ok ? draft.trim() : undefined;
  } catch (error) {
    if (error instanceof AiUnavailableError) return undefined;
    throw error;
  }
}
