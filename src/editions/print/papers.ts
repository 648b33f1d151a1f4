/** The paper sizes the print edition is set on: the name an editor gives, and Typst's name for it. */
export const PAPERS = {
  a4: { size: 'A4', typst: 'a4' },
  letter: { size: 'US Letter', typst: 'us-letter' },
} as const;
export type Paper = keyof typeof PAPERS;
