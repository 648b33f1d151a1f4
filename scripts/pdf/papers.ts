/** The paper sizes the edition is set for (print-page.ts sets the page to one). */
export const PAPERS = {
  a4: { size: 'A4', width: '210mm', height: '297mm' },
  letter: { size: 'letter', width: '8.5in', height: '11in' },
} as const;
export type Paper = keyof typeof PAPERS;
