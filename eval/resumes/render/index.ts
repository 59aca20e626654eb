// Every layout a resume is rendered in for the parser evaluation, by name.
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { fileNameFor } from './content.ts';
import { renderDocx } from './docx.ts';
import { renderPdfDatesLeft } from './pdf-dates-left.ts';
import { renderPdfOneColumn } from './pdf-one-column.ts';
import { renderPdfTwoColumn } from './pdf-two-column.ts';
import { renderTxt } from './txt.ts';

type Renderer = { extension: string; render: (resume: JsonResume, index: number) => Promise<Buffer> };

const renderers = {
  'pdf-one-column': { extension: 'pdf', render: renderPdfOneColumn },
  'pdf-dates-left': { extension: 'pdf', render: renderPdfDatesLeft },
  'pdf-two-column': { extension: 'pdf', render: renderPdfTwoColumn },
  docx: { extension: 'docx', render: renderDocx },
  txt: { extension: 'txt', render: renderTxt },
} satisfies Record<string, Renderer>;

export type Layout = keyof typeof renderers;
export const layouts = Object.keys(renderers) as Layout[];

export type Rendered = { layout: Layout; fileName: string; bytes: Buffer };

/** `index` is the person's position among all people: it picks the date format and headings. */
export async function renderAll(resume: JsonResume, index: number, only: readonly Layout[] = layouts): Promise<Rendered[]> {
  return Promise.all(
    only.map(async (layout) => {
      const { extension, render } = renderers[layout];
      return { layout, fileName: fileNameFor(resume, layout, extension), bytes: await render(resume, index) };
    }),
  );
}
