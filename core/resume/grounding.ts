// Grounding: an AI-structured resume may only hold what the file says. Every value is checked
// against the extracted text, and a value that is not there is dropped, never kept or made up.
import type { JsonResume } from './json-resume.ts';

export function groundResume(resume: JsonResume, sourceText: string): JsonResume {
  const source = normalise(sourceText);
  const words = new Set(source.split(' '));
  const has = (value: string | undefined) => (value && source.includes(normalise(value)) ? value : undefined);
  // Bullets may be re-wrapped or re-punctuated; nearly all their words must be in the file.
  const hasMostly = (value: string) => {
    const tokens = normalise(value).split(' ').filter(Boolean);
    return tokens.length > 0 && tokens.filter((t) => words.has(t)).length >= tokens.length * 0.9;
  };
  const date = (value: string | undefined) => (value && source.includes(value.slice(0, 4)) ? value : undefined);
  const b = resume.basics;
  return {
    basics: {
      name: has(b.name),
      label: has(b.label),
      email: has(b.email),
      phone: b.phone && source.replace(/\D/g, '').includes(b.phone.replace(/\D/g, '')) ? b.phone : undefined,
      url: has(b.url),
      summary: b.summary && hasMostly(b.summary) ? b.summary : undefined,
      location: b.location && { city: has(b.location.city), region: has(b.location.region), countryCode: has(b.location.countryCode) },
      profiles: b.profiles.filter((p) => has(p.url) || has(p.username)),
    },
    work: resume.work
      .map((w) => ({ ...w, name: has(w.name) ?? '', position: has(w.position), location: has(w.location), startDate: date(w.startDate), endDate: date(w.endDate), summary: w.summary && hasMostly(w.summary) ? w.summary : undefined, highlights: w.highlights.filter(hasMostly) }))
      .filter((w) => w.name || w.position),
    education: resume.education
      .map((e) => ({ ...e, institution: has(e.institution) ?? '', area: has(e.area), studyType: has(e.studyType), startDate: date(e.startDate), endDate: date(e.endDate), score: has(e.score) }))
      .filter((e) => e.institution || e.studyType),
    skills: resume.skills.map((s) => ({ name: s.name, keywords: s.keywords.filter((k) => has(k)) })).filter((s) => s.keywords.length > 0),
    projects: resume.projects.filter((p) => has(p.name)).map((p) => ({ ...p, description: p.description && hasMostly(p.description) ? p.description : undefined, url: has(p.url), highlights: p.highlights.filter(hasMostly) })),
    certificates: resume.certificates.filter((c) => has(c.name)).map((c) => ({ ...c, issuer: has(c.issuer), date: date(c.date) })),
    languages: resume.languages.filter((l) => has(l.language)).map((l) => ({ ...l, fluency: has(l.fluency) })),
  };
}

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[•●▪–—|·,;:()"“”]/g, ' ').replace(/\s+/g, ' ').trim();
}
