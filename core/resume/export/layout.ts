// Page and type sizes both exports use, in points, so the DOCX and the PDF look alike.
// US Letter with 0.75" margins: it prints on A4 too with nothing cut off.
export const page = { width: 612, height: 792, margin: 54 } as const;

export const type = {
  name: 20,
  headline: 12,
  heading: 12,
  body: 10.5,
  meta: 9.5,
} as const;

/** The grey of meta lines (dates, URLs): quieter than body text, still high-contrast. */
export const metaColor = '555555';
