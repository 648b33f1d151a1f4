/**
 * The copy check of issue 27 runs in CI: no run of ten words in the chapters or data/ repeats the
 * source documents in ../shared/sources/ (beside the project, as CI clones it). Where that folder is
 * absent the check says so and is skipped, visibly; the cases on planted text below still run, so the
 * check is known to bite either way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCopies, squashSources, wordsOf } from './source-copies.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCES = resolve(ROOT, '../shared/sources');
const present = existsSync(SOURCES);

/** Every chapter (Markdown, MDX) and data file but sources.yaml, whose document titles are the sources' own. */
function bookFiles(root: string): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
      .sort();
  const content = walk(join(root, 'src/content')).filter((f) => /\.mdx?$/.test(f));
  const data = walk(join(root, 'data')).filter((f) => f.endsWith('.yaml') && !f.endsWith('/sources.yaml'));
  return [...content, ...data].map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
}

const readSources = () =>
  readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SOURCES, f), 'utf8'));

describe('the copy check on planted text', () => {
  const source = squashSources([
    'Across the NHS, high awareness of cyber risk is overshadowed by a lack of preparedness today.',
  ]);

  it('finds a copied run of ten words, however the book spaces and punctuates it', () => {
    const book = [
      {
        file: 'chapter.mdx',
        text: 'He says: across the NHS high awareness of *cyber risk* is overshadowed by a\nlack of preparedness.',
      },
    ];
    expect(findCopies(book, source)).toEqual([
      {
        file: 'chapter.mdx',
        words: 'across the nhs high awareness of cyber risk is overshadowed by a lack of preparedness',
      },
    ]);
  });

  it('matches words a source runs together ("regularaudits")', () => {
    const runTogether = squashSources([
      'Most said that the lack of regularaudits and clear communication frommanagement undermines staff confidence',
    ]);
    expect(
      findCopies(
        [
          {
            file: 'x.mdx',
            text: 'the lack of regular audits and clear communication from management undermines staff',
          },
        ],
        runTogether,
      ),
    ).toHaveLength(1);
  });

  it('does not count a quotation in the book, or a figure label, or a run of nine words', () => {
    const book = [
      { file: 'quoted.mdx', text: 'He says "high awareness of cyber risk is overshadowed by a lack of preparedness".' },
      {
        file: 'charts.yaml',
        text: '  - label: high awareness of cyber risk is overshadowed by a lack of preparedness',
      },
      { file: 'short.mdx', text: 'high awareness of cyber risk is overshadowed by a shortage' },
    ];
    expect(findCopies(book, source)).toEqual([]);
  });

  it('keeps quotations in the sources: a sentence a source quotes is still a copy when the book does not', () => {
    const quoting = squashSources(['Mahmud said: “A cyber-resilient NHS will be a better NHS for everyone.”']);
    expect(wordsOf('“A quoted line”', false)).toEqual(['a', 'quoted', 'line']);
    expect(
      findCopies(
        [{ file: 'b.mdx', text: 'He concludes that a cyber-resilient NHS will be a better NHS for everyone.' }],
        quoting,
      ),
    ).toEqual([{ file: 'b.mdx', words: 'a cyber resilient nhs will be a better nhs for everyone' }]);
  });
});

if (!present) console.warn(`copy check skipped: ../shared/sources/ is not beside the project (looked in ${SOURCES}).`);

describe.skipIf(!present)(`the book against the source documents in ${SOURCES}`, () => {
  const sources = present ? squashSources(readSources()) : '';

  it('finds the four source documents', () => {
    expect(readSources()).toHaveLength(4);
  });

  it('no chapter or data file repeats ten words of a source outside quotation marks', () => {
    const copies = findCopies(bookFiles(ROOT), sources);
    expect(
      copies.map((c) => `${c.file}: "${c.words}"`),
      'write these passages in your own words, or quote and credit them',
    ).toEqual([]);
  });

  it('finds the press release sentence issue 27 found, when it is planted in a chapter again', () => {
    const planted = bookFiles(ROOT).map((f) =>
      f.file.endsWith('building-resilience.mdx')
        ? { ...f, text: `${f.text}\nHe concludes that a cyber-resilient NHS will be a better NHS for everyone.\n` }
        : f,
    );
    expect(findCopies(planted, sources)).toEqual([
      {
        file: 'src/content/chapters/building-resilience.mdx',
        words: 'a cyber resilient nhs will be a better nhs for everyone',
      },
    ]);
  });
});

// When the sources are absent, say so in the test list too, not only in the log.
it.skipIf(present)(`copy check against the sources: SKIPPED, ../shared/sources/ not found at ${SOURCES}`, () => {});
