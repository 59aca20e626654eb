// The structured resume IntervAI keeps: a subset of the JSON Resume schema (jsonresume.org),
// so users can bring their own resume.json and take ours elsewhere. Dates are "YYYY-MM" (or
// "YYYY" when only the year is known); a role or study with no endDate is current ("Present").
import { z } from 'zod';

const date = z.string().regex(/^\d{4}(-\d{2})?$/, 'a date like 2021-03 or 2021');

export const profileSchema = z.object({
  network: z.string(),
  username: z.string().optional(),
  url: z.string().optional(),
});

export const workSchema = z.object({
  name: z.string().describe('the employer'),
  position: z.string().optional(),
  location: z.string().optional(),
  startDate: date.optional(),
  endDate: date.optional().describe('absent when the role is current'),
  summary: z.string().optional(),
  highlights: z.array(z.string()).default([]),
});

export const educationSchema = z.object({
  institution: z.string(),
  area: z.string().optional().describe('the field of study'),
  studyType: z.string().optional().describe('the degree, e.g. BSc or Master of Science'),
  startDate: date.optional(),
  endDate: date.optional(),
  score: z.string().optional(),
});

export const skillSchema = z.object({
  name: z.string(),
  keywords: z.array(z.string()).default([]),
});

export const projectSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  url: z.string().optional(),
  highlights: z.array(z.string()).default([]),
});

export const certificateSchema = z.object({
  name: z.string(),
  issuer: z.string().optional(),
  date: date.optional(),
});

export const languageSchema = z.object({
  language: z.string(),
  fluency: z.string().optional(),
});

export const jsonResumeSchema = z.object({
  basics: z.object({
    name: z.string().optional(),
    label: z.string().optional().describe('the headline, e.g. "Senior Backend Engineer"'),
    email: z.string().optional(),
    phone: z.string().optional(),
    url: z.string().optional(),
    summary: z.string().optional(),
    location: z.object({ city: z.string().optional(), region: z.string().optional(), countryCode: z.string().optional() }).optional(),
    profiles: z.array(profileSchema).default([]),
  }),
  work: z.array(workSchema).default([]),
  education: z.array(educationSchema).default([]),
  skills: z.array(skillSchema).default([]),
  projects: z.array(projectSchema).default([]),
  certificates: z.array(certificateSchema).default([]),
  languages: z.array(languageSchema).default([]),
});

export type JsonResume = z.infer<typeof jsonResumeSchema>;
export type WorkEntry = z.infer<typeof workSchema>;
export type EducationEntry = z.infer<typeof educationSchema>;
