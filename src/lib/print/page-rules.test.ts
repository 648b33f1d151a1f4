import { describe, expect, it } from 'vitest';
import { cssString, pageRules } from './page-rules.ts';

describe('print page rules', () => {
  it('gives each chapter a named page with its title as the running head', () => {
    expect(pageRules('The Book', [{ id: 'funding', title: 'Funding' }, { id: 'training', title: 'Training' }])).toBe([
      '@page { @top-left { content: "The Book"; } }',
      '@page contents { @top-right { content: "Contents"; } }',
      '@page chapter-funding { @top-right { content: "Funding"; } }',
      '@page chapter-training { @top-right { content: "Training"; } }',
    ].join('\n'));
  });

  it('escapes quotes and backslashes so a title cannot break the stylesheet', () => {
    expect(cssString('The "NHS" \\ you')).toBe('"The \\"NHS\\" \\\\ you"');
  });
});
