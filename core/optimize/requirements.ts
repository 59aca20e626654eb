// What a job description asks for, by category. Extracted from the JD text (rules over the
// skill vocabulary offline; AI when configured, grounded in the JD), then matched against a
// resume (match.ts). Every value is a canonical name (skill-vocabulary.ts): "k8s" and
// "Kubernetes" are one skill.

export type RequirementCategory = 'hardSkills' | 'titles' | 'seniority' | 'years' | 'education' | 'certifications' | 'softSkills';

export interface Requirements {
  /** Tools, languages, frameworks, methods and domain skills ("Kubernetes", "A/B testing"). */
  hardSkills: string[];
  /** Job titles the JD names, without seniority ("Backend Engineer"). */
  titles: string[];
  /** The title as the JD writes it, for messages ("Senior Backend Engineer, Payments"). */
  displayTitle?: string;
  seniority?: 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'principal';
  /** Minimum years of experience asked for ("5+ years" → 5). */
  minYears?: number;
  /** Degree levels or fields asked for ("Bachelor's", "Computer Science"). */
  education: string[];
  certifications: string[];
  /** "communication", "stakeholder management", "ownership"… */
  softSkills: string[];
}

export const emptyRequirements = (): Requirements => ({ hardSkills: [], titles: [], education: [], certifications: [], softSkills: [] });
