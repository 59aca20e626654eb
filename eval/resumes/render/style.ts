// What varies between people, chosen deterministically from the person's index: the date-range
// format and the wording of section headings. Real resumes disagree on both, and a parser that
// only knows one spelling of "Experience" or one date format should show up in the scores.

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// "May" has nothing to abbreviate, so it takes no period.
const DOTTED = SHORT.map((m) => (m === 'May' ? m : `${m}.`));

type DateStyle = { month: (year: string, month: number) => string; dash: string; present: string };

const dateStyles: DateStyle[] = [
  { month: (y, m) => `${SHORT[m - 1]} ${y}`, dash: ' – ', present: 'Present' }, // Jan 2020 – Present
  { month: (y, m) => `${String(m).padStart(2, '0')}/${y}`, dash: ' - ', present: 'Present' }, // 01/2020 - 03/2022
  { month: (y, m) => `${y}-${String(m).padStart(2, '0')}`, dash: ' to ', present: 'Present' }, // 2020-01 to 2022-03
  { month: (y, m) => `${LONG[m - 1]} ${y}`, dash: ' — ', present: 'Present' }, // January 2020 — March 2022
  { month: (y, m) => `${DOTTED[m - 1]} ${y}`, dash: ' - ', present: 'Current' }, // Mar. 2019 - Current
];

function formatDate(style: DateStyle, date: string): string {
  const [year, month] = date.split('-');
  // A year-only date ("2019") is shown as just the year in every style.
  return month === undefined ? year! : style.month(year!, Number(month));
}

/** One date (a certificate's) in this person's format. */
export function singleDate(index: number, date: string): string {
  return formatDate(dateStyles[index % dateStyles.length]!, date);
}

/**
 * The date range of a role or a study as this person's resume writes it. With no start date
 * only the end is shown (a graduation date); with no end date the entry is current.
 */
export function dateRange(index: number, startDate: string | undefined, endDate: string | undefined): string {
  const style = dateStyles[index % dateStyles.length]!;
  const end = endDate === undefined ? style.present : formatDate(style, endDate);
  if (startDate === undefined) return endDate === undefined ? '' : end;
  return `${formatDate(style, startDate)}${style.dash}${end}`;
}

export type Section = 'summary' | 'work' | 'education' | 'skills' | 'projects' | 'certificates' | 'languages' | 'contact';

// Lists of different lengths, so that the combinations differ between people too.
const headingChoices: Record<Section, string[]> = {
  summary: ['Summary', 'PROFILE', 'About Me', 'Professional Summary'],
  work: ['Work Experience', 'EXPERIENCE', 'Professional Experience', 'Employment History', 'Experience'],
  education: ['Education', 'EDUCATION', 'Academic Background'],
  skills: ['Skills', 'TECHNICAL SKILLS', 'Core Competencies', 'Skills & Tools'],
  projects: ['Projects', 'SELECTED PROJECTS', 'Side Projects'],
  certificates: ['Certifications', 'CERTIFICATES', 'Licenses & Certifications', 'Training & Certifications'],
  languages: ['Languages', 'LANGUAGES', 'Spoken Languages'],
  contact: ['Contact', 'CONTACT', 'Details'],
};

export function heading(index: number, section: Section): string {
  const choices = headingChoices[section];
  return choices[index % choices.length]!;
}
