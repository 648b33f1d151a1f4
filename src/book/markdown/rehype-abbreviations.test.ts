import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import type { GlossaryTerm } from '../data/glossary.ts';
import rehypeAbbreviations from './rehype-abbreviations.ts';

const terms: GlossaryTerm[] = [
  { id: 'icb', term: 'Integrated Care Board', abbr: 'ICB', wellKnown: false, definition: 'x'.repeat(10) },
  { id: 'epr', term: 'electronic patient record', abbr: 'EPR', wellKnown: false, definition: 'x'.repeat(10) },
  {
    id: 'dspt',
    term: 'Data Security and Protection Toolkit',
    abbr: 'DSPT',
    wellKnown: false,
    definition: 'x'.repeat(10),
  },
  { id: 'nhs', term: 'National Health Service', abbr: 'NHS', wellKnown: true, definition: 'x'.repeat(10) },
  { id: 'nhse', term: 'NHS England', abbr: 'NHSE', wellKnown: false, definition: 'x'.repeat(10) },
  { id: 'yougov', term: 'YouGov', wellKnown: false, definition: 'x'.repeat(10) },
];
const run = async (html: string) =>
  String(
    await rehype()
      .data('settings', { fragment: true })
      .use(rehypeAbbreviations, { terms: () => terms })
      .process(html),
  );

describe('rehype-abbreviations', () => {
  it('spells out the first use on the page, and only the first', async () => {
    expect(await run('<p>Money reaches the ICB first.</p><p>Each ICB then pays trusts.</p>')).toBe(
      '<p>Money reaches the Integrated Care Board (<abbr>ICB</abbr>) first.</p><p>Each ICB then pays trusts.</p>',
    );
  });

  it('handles plurals, possessives and a sentence that opens with the abbreviation', async () => {
    expect(await run('<p>EPRs compete for money. The DSPT’s rules apply.</p>')).toBe(
      '<p>Electronic patient records (<abbr>EPRs</abbr>) compete for money. The Data Security ' +
        'and Protection Toolkit’s (<abbr>DSPT</abbr>) rules apply.</p>',
    );
  });

  it('gives well-known abbreviations a tooltip only, as GOV.UK style does not spell them out', async () => {
    expect(await run('<p>The NHS and the NHS again.</p>')).toBe(
      '<p>The <abbr title="National Health Service">NHS</abbr> and the NHS again.</p>',
    );
  });

  it('tells NHSE from NHS, and leaves words that only contain an abbreviation', async () => {
    expect(await run('<p>NHS-wide rules from NHSE.</p>')).toBe(
      '<p>NHS-wide rules from NHS England (<abbr>NHSE</abbr>).</p>',
    );
  });

  it('does not repeat an expansion the author already wrote', async () => {
    expect(await run('<p>Integrated Care Boards (ICBs) pass funds on.</p>')).toBe(
      '<p>Integrated Care Boards (<abbr>ICBs</abbr>) pass funds on.</p>',
    );
  });

  it('leaves headings, links and code alone, and expands the first use in the text instead', async () => {
    expect(await run('<h2>The ICB</h2><p><a href="/x/">ICB</a> <code>ICB</code> and the ICB.</p>')).toBe(
      '<h2>The ICB</h2><p><a href="/x/">ICB</a> <code>ICB</code> and the Integrated Care Board (<abbr>ICB</abbr>).</p>',
    );
  });
});
