/**
 * An editor changes one stat in data/stats.yaml, and every place the report shows it follows: the
 * prose, the chart, its table, its CSV and the PDF. The same full build of a copy checks that every
 * cross-reference in the built chapters reads what its target shows ("Figure 3", a title, a heading),
 * and that a footnote an editor adds in GFM style becomes a note at the foot of the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdf, pageText } from '../../src/pipeline/harness/read-pdf.ts';
import { projectCopy, type ProjectCopy } from './project-copy.ts';
import { routePath } from '../../src/book/routes.ts';
import { siteAddress } from '../../src/book/routes.ts';
import { getData } from '../../src/book/data/index.ts';

let book: ProjectCopy;
const page = (path: string): HTMLElement => parse(readFileSync(join(book.root, 'dist', path), 'utf8'));
const text = (el: HTMLElement | null) => el?.textContent.replace(/\s+/g, ' ') ?? '';

beforeAll(async () => {
  book = projectCopy();
  // 94% of staff know their role: the test makes it 91%, a value no other stat of the chapter has.
  book.edit('data/stats.yaml', /(- id: staff-role-awareness\n {2}value: )94\n/, '$191\n');
  book.append(
    'src/content/chapters/funding.mdx',
    '\nA sentence the test adds, with a note.[^test]\n\n[^test]: The note the test adds.\n',
  );
  const result = await book.build();
  expect(result.code, result.stderr).toBe(0);
  // A whole build with its 16 PDFs: about a minute alone, but several when every test kind runs at once.
}, 600_000);
afterAll(() => book?.remove());

describe('changing one stat in data/', () => {
  it('changes the prose', () => {
    const prose = text(page('what-staff-think/index.html').querySelector('.prose'));
    expect(prose).toContain('Of the staff who answered, 91% understand');
    expect(prose).not.toContain('94%');
  });

  it('changes the chart, its label and its table', () => {
    const chart = page('what-staff-think/index.html').querySelector('#chart-staff-views')!;
    expect(text(chart.querySelector('svg'))).toContain('91%');
    expect(text(chart.querySelector('table'))).toContain('91%');
    expect(text(chart)).not.toContain('94%');
  });

  it('changes the CSV download', () => {
    const csv = readFileSync(join(book.root, 'dist/data/staff-views.csv'), 'utf8');
    expect(csv).toMatch(/,91(,|\n|$)/m);
    expect(csv).not.toMatch(/,94(,|\n|$)/m);
  });

  it('changes the PDF', async () => {
    const pdf = await openPdf(
      readFileSync(join(book.root, 'dist/pdf/building-cyber-resilient-healthcare-what-staff-think.pdf')),
    );
    const all = (await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)))).join(' ');
    expect(all).toContain('91% understand');
    expect(all).not.toContain('94%');
  });
});

describe('cross-references in the built chapters', () => {
  it('read the number, title or heading of what they link to, and the link lands on it', () => {
    const checked = new Set<string>();
    for (const chapter of ['executive-summary', 'what-staff-think', 'training', 'funding']) {
      for (const ref of page(`${chapter}/index.html`).querySelectorAll('.prose a.ref')) {
        const [pathname, fragment] = ref.getAttribute('href')!.split('#') as [string, string | undefined];
        const path = routePath(pathname, siteAddress(getData(process.cwd()).book.url).base);
        const target = page(`${path}index.html`);
        const element = fragment ? target.getElementById(fragment) : target.querySelector('h1');
        expect(element, `${chapter}: ${ref.getAttribute('href')}`).not.toBeNull();
        if (ref.getAttribute('data-ref-kind') === 'figure')
          expect(text(element!.querySelector('.chart__number'))).toBe(`${text(ref)}:`);
        checked.add(ref.getAttribute('data-ref-kind')!);
      }
    }
    expect([...checked].sort()).toEqual(['chapter', 'figure', 'section']);
  });
});

describe('footnotes', () => {
  it('become numbered notes under a "Notes" heading, linked both ways', () => {
    const doc = page('funding/index.html');
    const marker = doc.querySelector('.prose a[data-footnote-ref]')!;
    expect(text(marker)).toBe('1');
    const note = doc.getElementById(marker.getAttribute('href')!.slice(1))!;
    expect(text(note)).toContain('The note the test adds.');
    expect(text(doc.querySelector('.footnotes h2'))).toBe('Notes');
    const back = note.querySelector('a[data-footnote-backref]')!;
    expect(back.getAttribute('aria-label')).toBe('Back to reference 1');
    expect(back.getAttribute('href')).toBe(`#${marker.id}`);
  });
});
