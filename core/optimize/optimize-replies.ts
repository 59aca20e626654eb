// What the chat shows for /optimize: asking for the job description, the match report, each
// rewrite suggestion with its buttons, and the outcome of a decision.
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import type { CategoryResult, MatchReport } from './match.ts';
import type { RewriteSuggestion } from './optimization.ts';

export const askForJobDescription: OutgoingMessage = {
  text: 'Paste the job description in your next message, or send it as a file (PDF, DOCX or text). I\'ll score your resume against it.',
  buttons: [{ label: 'Cancel', actionId: 'optimize-cancel', value: '' }],
};

export const needResumeFirst: OutgoingMessage = {
  text: "I need your resume before I can match it to a job. Send it here as a file (PDF, DOCX, TXT/MD or JSON Resume), then run /optimize again.",
  buttons: [{ label: 'Upload resume', actionId: 'upload-resume', value: '' }],
};

export const resumeStillReading: OutgoingMessage = {
  text: "I'm still reading your resume. Run /optimize again once its summary card appears (a few seconds).",
};

export const jobDescriptionTooShort: OutgoingMessage = {
  text: 'That looks too short for a job description. Paste the whole posting (responsibilities and requirements), or send it as a file.',
};

export const optimizeCancelled: OutgoingMessage = { text: 'Okay, no job description then. Run /optimize whenever you have one.' };

export const optimizeProgress = (stage: 'reading' | 'matching' | 'rewriting'): OutgoingMessage => ({
  text: `🔎 Job description received → ${stage === 'reading' ? '⏳ reading' : '✅ read'} → ${stage === 'matching' ? '⏳ matching' : stage === 'rewriting' ? '✅ matched' : 'matching'} → ${stage === 'rewriting' ? '⏳ rewrites' : 'rewrites'}`,
});

const categoryLabel: Record<CategoryResult['category'], string> = {
  hardSkills: 'Skills',
  titles: 'Title',
  years: 'Experience',
  education: 'Education',
  softSkills: 'Soft skills',
  certifications: 'Certifications',
  seniority: 'Seniority',
};

export function matchReportMessage(report: MatchReport, jobTitle: string | undefined, resumeVersion: number): OutgoingMessage {
  const lines = [`**Match: ${report.score}/100**${jobTitle ? ` for _${jobTitle}_` : ''} (resume version ${resumeVersion})`];
  for (const c of report.categories) {
    const matched = c.matched.map((m) => m.name);
    if (matched.length + c.missing.length === 0) continue;
    const parts = [matched.length ? `✅ ${matched.join(', ')}` : '', c.missing.length ? `❌ ${c.missing.join(', ')}` : ''].filter(Boolean);
    lines.push(`**${categoryLabel[c.category]}:** ${parts.join('  ')}`);
  }
  // Where skills were found outside the skills list: the evidence a recruiter looks for.
  const found = report.categories
    .filter((c) => c.category === 'hardSkills' || c.category === 'softSkills')
    .flatMap((c) => c.matched)
    .filter((m) => !m.where.includes('Skills'))
    .slice(0, 3);
  if (found.length) lines.push(`_Found in:_ ${found.map((m) => `${m.name} (${m.where[0]})`).join('; ')}`);
  if (report.nextSteps.length) lines.push('', '**Next steps**', ...report.nextSteps.map((s, i) => `${i + 1}) ${s}`));
  return { text: lines.join('\n'), buttons: exportButtons };
}

export const exportButtons: Button[] = [commandButton('Export DOCX', '/export docx'), commandButton('Export PDF', '/export pdf'), commandButton('Cover letter', '/coverletter')];

export function suggestionMessage(s: RewriteSuggestion, index: number, total: number, optimizationId: string, place: string): OutgoingMessage {
  const button = (label: string, decision: string, style?: Button['style']): Button => ({ label, actionId: 'rewrite', value: `${optimizationId}:${index}:${decision}`, style });
  // Nothing to reword, only a number to add: the user writes it (a number is never invented).
  if (s.rewrite === s.original) {
    return {
      text: `**Suggestion ${index + 1}/${total}** — ${place}\n"${s.original}"\nThis bullet has no result. ${s.askForMetric ?? ''} Tap Edit and send the bullet with the number.`,
      buttons: [button('Edit', 'edit', 'primary'), button('Skip', 'skip')],
    };
  }
  const label = s.source === 'template' ? '\n_Offline coach template: the pattern is action verb + what + scope + result, in your own words._' : '';
  const ask = s.askForMetric ? `\n(${s.askForMetric} Tap Edit and write the bullet with the number.)` : '';
  return {
    text: `**Suggestion ${index + 1}/${total}** — ${place}\nbefore: "${s.original}"\nafter: "${s.rewrite}"${ask}${label}`,
    buttons: [button('Accept', 'accept', 'primary'), button('Edit', 'edit'), button('Skip', 'skip')],
  };
}

export function suggestionDecided(s: RewriteSuggestion, index: number, total: number, outcome: string): OutgoingMessage {
  const kept = s.status === 'skipped' ? s.original : s.rewrite;
  return { text: `**Suggestion ${index + 1}/${total}** — ${outcome}\n"${kept}"`, buttons: s.status === 'skipped' ? [] : exportButtons.slice(0, 2) };
}

export const editPrompt = (s: RewriteSuggestion): OutgoingMessage => ({
  text: `Send the bullet as you want it, in one message. You can start from:\n"${s.rewrite}"`,
  buttons: [{ label: 'Cancel', actionId: 'optimize-cancel', value: '' }],
});

export const suggestionOutdated: OutgoingMessage = {
  text: 'That suggestion was for an older version of your resume, so I left it. Run /optimize again for fresh suggestions.',
};

export const noSuggestions: OutgoingMessage = {
  text: 'Your bullets already lead with action and carry numbers, so I have no rewrites to suggest. Next: export it, or practise with a mock interview.',
  buttons: [...exportButtons.slice(0, 2), commandButton('Start an interview', '/interview')],
};
