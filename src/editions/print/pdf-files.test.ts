import { describe, expect, it } from 'vitest';
import { pdfPath, slugify } from './pdf-files.ts';

describe('PDF file names', () => {
  it('names the book PDF after the title', () => {
    expect(pdfPath('Building Cyber Resilient Healthcare')).toBe('pdf/building-cyber-resilient-healthcare.pdf');
  });

  it('names a chapter PDF after the book and the chapter', () => {
    expect(pdfPath('Building Cyber Resilient Healthcare', 'funding')).toBe(
      'pdf/building-cyber-resilient-healthcare-funding.pdf',
    );
  });

  it('keeps only plain letters and digits', () => {
    expect(slugify('  Cyber & the NHS: Café’s “2025” report! ')).toBe('cyber-the-nhs-cafe-s-2025-report');
  });
});
