// The Strategist without a model: intent matching over what the user asks for (a plan, an
// interview, a pitch, their resume or match, a story to save), then the written topics, then
// the team's guides with citations. It says plainly when a question needs AI.
import { offlineLabel, offlineTopics, unmatchedOfflineAnswer } from '../../coach/offline-answers.ts';
import { findInterviewDate } from '../../plan/interview-date.ts';
import { makePlan } from '../../plan/make-plan.ts';
import { storyFromAnswer } from '../../stories/draft-story.ts';
import { uploadButton } from '../../conversation/replies.ts';
import { commandButton, type OutgoingMessage } from '../../model/message.ts';
import { withCitations } from './citations.ts';
import { latestMatch } from './tools/get-latest-match.ts';
import { resumeFacts } from './tools/get-resume.ts';
import { handOffToInterview, handOffToPitch } from './tools/hand-off.ts';
import { proposeStory } from './tools/propose-story.ts';
import { findGuideSections, relevantSimilarity, sourceOf } from './tools/search-guides.ts';
import type { TurnContext } from './turn.ts';

const intents = {
  greeting: /^(?:hi|hello|hey|help|help me|can you help(?: me)?|what can you do|what do you do)\b[\s?!.,]*(?:there|please)?[\s?!.]*$/i,
  /** An interview ahead ("I have an interview on Friday", "my interview at Stripe is next Tuesday"); not one that is over. */
  upcomingInterview: /\b(?:have|got|there'?s|is|am having|i'?m having)\b[^.?!]{0,40}\binterview\b|\binterview\b[^.?!]{0,40}\b(?:is|will be|on|next|tomorrow|in \d+ days?)\b/i,
  pastTense: /\b(?:had|was|went|did|after)\b[^.?!]{0,30}\binterview|\binterview\b[^.?!]{0,30}\b(?:was|went|yesterday|last)\b/i,
  interview: /\b(mock interview|practi[cs]e (?:an? |my )?interview|interview me|start (?:an? |the )?interview)\b/i,
  pitch: /\b(help|practi[cs]e|work on|write|draft|improve|rehearse)\b.{0,25}\bpitch\b/i,
  match: /\b(my (?:match|score)|how (?:well )?do i match|match(?:es)? the job)\b/i,
  resume: /\b(what(?:'s| is| does)|show|summari[sz]e)\b.{0,20}\bmy (resume|cv)\b/i,
  story: /^(?:please )?(?:save|remember|keep|add) (?:this|a|my)? ?story\b[:,.\s-]*/i,
};

/** What the offline coach does, for a greeting or "can you help me?". */
const capabilities: OutgoingMessage = {
  text: [
    'Happy to help. Without AI I can still:',
    '• read your resume and match it to a job (/optimize),',
    '• run a mock interview with scores (/interview) and time your pitch (/pitch),',
    '• plan your prep: tell me "my interview at Stripe is on Friday",',
    '• answer questions on STAR answers, salary, questions to ask and more, from my guides.',
  ].join('\n'),
  buttons: [{ ...uploadButton(), style: 'primary' }, commandButton('Start an interview', '/interview'), commandButton('How it works', '/help')],
};

export async function offlineReply(context: TurnContext, text: string): Promise<OutgoingMessage> {
  if (intents.greeting.test(text.trim())) return capabilities;
  return { text: await offlineAnswer(context, text) };
}

async function offlineAnswer(context: TurnContext, text: string): Promise<string> {
  const story = intents.story.exec(text);
  if (story) {
    const told = text.slice(story[0].length).trim();
    if (told.split(/\s+/).length < 12) return 'Tell me the story after "save this story:": where you were, what you had to do, what *you* did, and what changed (with a number).';
    proposeStory(context, storyFromAnswer('', '', told));
    return 'Here is your story in STAR form. Save it if it reads right.';
  }
  // "Interview me tomorrow" is practice, not a date to plan for.
  if (intents.interview.test(text)) {
    handOffToInterview(context, {});
    return "Let's practise.";
  }
  if (intents.upcomingInterview.test(text) && !intents.pastTense.test(text) && findInterviewDate(text, context.now())) {
    const made = await makePlan(context, { userId: context.userId, conversationId: context.conversationId, when: text });
    if ('plan' in made) {
      context.effects.plan = made;
      return 'Good luck! Here is a day-by-day plan to get ready.';
    }
  }
  if (intents.pitch.test(text)) {
    handOffToPitch(context);
    return "Let's work on your pitch.";
  }
  if (intents.match.test(text)) {
    const match = await latestMatch(context);
    if (match === 'none') return "You haven't matched your resume to a job yet. Send /optimize with the job description.";
    if (match === 'pending') return "Your latest match isn't ready (or didn't finish). /optimize runs it again.";
    return `${match}\n\n${offlineLabel}`;
  }
  if (intents.resume.test(text)) {
    const facts = await resumeFacts(context);
    return facts ? `${facts}\n\n/resume shows the whole version.` : "I don't have your resume yet. Send it here as a file (PDF, DOCX or TXT).";
  }
  const topic = offlineTopics.find((t) => t.matches.test(text));
  if (topic) return `${topic.answer}\n\n${offlineLabel}`;
  const hits = (await findGuideSections(context, text).catch(() => [])).filter((h) => h.similarity >= relevantSimilarity).slice(0, 2);
  if (hits.length === 0) return unmatchedOfflineAnswer();
  const body = hits.map((h, i) => `**${h.heading}** (${h.title}) [${i + 1}]\n${h.content}`).join('\n\n');
  return `${withCitations(body, hits.map(sourceOf))}\n\n${offlineLabel}`;
}
