// The DOCX export's Word styles and bullet list: Word's own Title, Heading 1 and Normal, restyled
// plainly (black, no theme colours), and one bulleted-list definition for highlights.
import { AlignmentType, BorderStyle, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { type } from './layout.ts';

/** DOCX measures in twentieths of a point, and font sizes in half points. */
export const twips = (points: number) => Math.round(points * 20);
export const halfPoints = (points: number) => Math.round(points * 2);

/** Calibri: on every Word install, and LibreOffice swaps in its metric twin, Carlito. */
const font = 'Calibri';

export const docxStyles: IStylesOptions = {
  default: {
    document: { run: { font, size: halfPoints(type.body) }, paragraph: { spacing: { after: 0, line: 264 } } },
    title: { run: { font, size: halfPoints(type.name), bold: true, color: '000000' }, paragraph: { spacing: { after: twips(2) } } },
    heading1: {
      run: { font, size: halfPoints(type.heading), bold: true, color: '000000' },
      paragraph: {
        spacing: { before: twips(12), after: twips(4) },
        keepNext: true,
        // A bottom border is paragraph formatting, not a drawing: parsers never see it.
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } },
      },
    },
  },
};

export const bulletList = 'resume-bullets';

export const docxNumbering: INumberingOptions = {
  config: [
    {
      reference: bulletList,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: twips(12), hanging: twips(12) } } },
        },
      ],
    },
  ],
};
