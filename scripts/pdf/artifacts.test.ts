import { describe, expect, it } from 'vitest';
import { markArtifacts, operations } from './artifacts.ts';

// Shaped like Chromium's output: a running head and page number drawn first, then tagged content.
const page = [
  'q', 'BT /F4 16 Tf 1 0 0 -1 608 43 Tm <0035> Tj ET', 'BT /F4 16 Tf <0014> Tj ET', 'Q',
  '/P <</MCID 0 >>BDC', 'BT /F5 19 Tf (Tagged \\(text\\) >>) Tj ET', '0 1773 608 1 re f', 'EMC',
  '237.5 237.5 2007 3035 re W* n', '0 0 .9 rg 35 95 45 1 re f',
].join('\n');

describe('marking artifacts', () => {
  it('reads operators past strings, names and dictionaries', () => {
    expect([...operations(page)].map((o) => o.operator)).toEqual([
      'q', 'BT', 'Tf', 'Tm', 'Tj', 'ET', 'BT', 'Tf', 'Tj', 'ET', 'Q',
      'BDC', 'BT', 'Tf', 'Tj', 'ET', 're', 'f', 'EMC', 're', 'W*', 'n', 'rg', 're', 'f',
    ]);
  });

  it('wraps text and paths painted outside marked content, and nothing else', () => {
    expect(markArtifacts(page)).toBe([
      'q', '/Artifact BMC', 'BT /F4 16 Tf 1 0 0 -1 608 43 Tm <0035> Tj ET', 'EMC',
      '/Artifact BMC', 'BT /F4 16 Tf <0014> Tj ET', 'EMC', 'Q',
      '/P <</MCID 0 >>BDC', 'BT /F5 19 Tf (Tagged \\(text\\) >>) Tj ET', '0 1773 608 1 re f', 'EMC',
      '237.5 237.5 2007 3035 re W* n', '0 0 .9 rg /Artifact BMC', '35 95 45 1 re f', 'EMC',
    ].join('\n'));
  });

  it('leaves a fully tagged stream as it is', () => {
    const tagged = '/P <</MCID 0 >>BDC BT (x) Tj ET EMC';
    expect(markArtifacts(tagged)).toBe(tagged);
  });

  it('treats an inline image as one painting operation', () => {
    expect(markArtifacts('q BI /W 1 /H 1 ID \u00ff\u0045I EI Q')).toBe('q /Artifact BMC\nBI /W 1 /H 1 ID \u00ff\u0045I EI\nEMC Q');
  });
});
