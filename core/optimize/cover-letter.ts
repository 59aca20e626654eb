// /coverletter: a letter for the latest job description from the current resume. With AI it
// is written by the model and checked like a rewrite (anything not in the resume or the JD's
// title and company sends it back to the template); offline it is a labelled template made
// only of the resume's own facts.
import type { AiGateway } from '../ai/gateway.ts';
import { AiUnavailableError } from '../ai/errors.ts';
import { commandButton, type OutgoingMessage } from '../model/message.ts';
import type { OptimizationStore, ResumeStore } from '../ports/store.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import { noResumeYet } from '../resume/resume-replies.ts';
import { checkRewrite } from './grounding-check.ts';
import type { MatchReport } from './match.ts';
import { resumeAsText } from './run-optimization.ts';

const needJob: OutgoingMessage = {
  text: 'A cover letter needs a job to aim at. Run /optimize with the job description first, then /coverletter.',
  buttons: [commandButton('Optimize for a job', '/optimize', 'primary')],
};

/** "… at Acme", "About Acme", "Acme is hiring": the employer named in the JD, if any. */
export function companyOf(jd: string): string | undefined {
  const name = String.raw`([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})`;
  const match = new RegExp(String.raw`\bAbout[ \t]+${name}\b|\bat[ \t]+${name}\b|^${name}[ \t]+is[ \t]+(?:hiring|looking)`, 'm').exec(jd);
  // A JD's company often stands alone in bold under the title ("**Quayside Pay** · London").
  const bold = /^\*\*([^*\n]{2,40})\*\*/m.exec(jd)?.[1];
  return (bold ?? match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
}

export function templateLetter(resume: JsonResume, report: MatchReport, title: string | undefined, company: string | undefined): string {
  const b = resume.basics;
  const latest = resume.work[0];
  const skills = report.categories.find((c) => c.category === 'hardSkills')?.matched.map((m) => m.name).slice(0, 4) ?? [];
  // The bullets that show the matched skills, in the user's own words.
  const proof = resume.work.flatMap((w) => w.highlights.map((h) => ({ h, w }))).filter(({ h }) => skills.some((s) => h.includes(s))).slice(0, 2);
  const lines = [
    'Dear Hiring Manager,',
    '',
    `I'm applying for the ${title ? `${title} role` : 'role'}${company ? ` at ${company}` : ''}.${b.label ? ` I'm a ${b.label.toLowerCase().startsWith('a ') ? b.label.slice(2) : b.label}` + (latest?.name ? `, currently at ${latest.name}.` : '.') : ''}`,
  ];
  if (proof.length) {
    lines.push('', 'A few things I have done that match what you need:', ...proof.map(({ h, w }) => `- At ${w.name}: ${h.charAt(0).toLowerCase()}${h.slice(1)}.`));
  }
  if (skills.length) lines.push('', `I work with ${skills.join(', ')} every day, which your team relies on.`);
  lines.push('', "I'd welcome the chance to talk about how I can help your team.", '', 'Best regards,', b.name ?? '');
  return lines.join('\n').replace(/\.\./g, '.');
}

export async function coverLetter(resumes: ResumeStore, optimizations: OptimizationStore, ai: AiGateway, userId: string): Promise<OutgoingMessage> {
  const resume = await resumes.parsedVersion(userId);
  if (!resume) return noResumeYet;
  const optimization = await optimizations.latestFor(userId);
  if (!optimization?.report || !optimization.requirements) return needJob;
  const title = optimization.requirements.displayTitle ?? optimization.requirements.titles[0];
  const company = companyOf(optimization.jobDescription);
  const template = templateLetter(resume.parsed, optimization.report, title, company);
  const offlineLabel = '_Offline coach template: every fact in it comes from your resume. Adjust the tone and add why this company._';
  if (!ai.available) return { text: `${template}\n\n${offlineLabel}` };
  try {
    const letter = await ai.complete({ task: 'chat', userId }, [
      {
        role: 'system',
        content:
          'Write a short cover letter (under 220 words) for the job below, from the resume below. Use ONLY facts from the resume: never add numbers, employers, tools or skills it does not contain. Plain text, no placeholders.',
      },
      { role: 'user', content: `Job: ${title ?? 'the role'}${company ? ` at ${company}` : ''}\n\nJob description:\n${optimization.jobDescription}\n\nResume:\n${resumeAsText(resume.parsed)}\nName: ${resume.parsed.basics.name ?? ''}` },
    ]);
    const source = `${resumeAsText(resume.parsed)}\n${resume.parsed.basics.name ?? ''}\n${title ?? ''}\n${company ?? ''}\nDear Hiring Manager Best regards`;
    // A letter that claims something the resume does not say is not sent; the template is.
    if (checkRewrite(letter, source).ok) return { text: `${letter}\n\n_Written with AI from your resume; checked against it._` };
  } catch (error) {
    if (!(error instanceof AiUnavailableError)) throw error;
  }
  return { text: `${template}\n\n${offlineLabel}` };
}
