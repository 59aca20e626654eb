// /resume [version]: the newest parsed version (or the one asked for), with a note when the
// newest upload is still being read or could not be read.
import type { OutgoingMessage } from '../model/message.ts';
import type { ResumeStore } from '../ports/store.ts';
import { latestUploadNote, noResumeYet, resumeView, versionNotFound } from './resume-replies.ts';

export async function showResume(resumes: ResumeStore, userId: string, args: string): Promise<OutgoingMessage> {
  const asked = /^v?(\d+)$/i.exec(args.trim())?.[1];
  const versions = await resumes.versions(userId);
  if (versions.length === 0) return noResumeYet;
  const version = asked === undefined ? undefined : Number(asked);
  const parsed = await resumes.parsedVersion(userId, version);
  if (!parsed) return version === undefined ? { text: `${latestUploadNote(versions[0]!) ?? ''}\n${noResumeYet.text}`.trim() } : versionNotFound(version, versions);
  const view = resumeView(parsed, versions);
  const note = version === undefined && versions[0]!.id !== parsed.id ? latestUploadNote(versions[0]!) : undefined;
  return note ? { ...view, text: `_${note}_\n\n${view.text}` } : view;
}
