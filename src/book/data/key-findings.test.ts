import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBook } from '../../../tests/support/temp-book.ts';
import { loadData } from './load.ts';

const PANEL = `- stat: seen-within-hour
  meaning: of patients were seen within the hour
  chapter: waiting
- stat: would-recommend
  meaning: patients would recommend the clinic to a friend
  chapter: waiting
`;

/** The mini book with a key-findings panel (after `edit`) and one chapter, `waiting`. */
function bookWithPanel(edit?: [string | RegExp, string]) {
  const book = tempBook();
  mkdirSync(join(book.root, 'src/content/chapters'), { recursive: true });
  writeFileSync(join(book.root, 'src/content/chapters/waiting.mdx'), '---\ntitle: Waiting\n---\n');
  book.write('data/key-findings.yaml', PANEL);
  if (edit) book.edit('data/key-findings.yaml', ...edit);
  return book.root;
}

function errorAfter(from: string | RegExp, to: string): string {
  try {
    loadData(bookWithPanel([from, to]));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the key findings to be rejected');
}

describe('key findings', () => {
  it("this book's panel shows existing stats and links to existing chapters", () => {
    const { keyFindings, stats } = loadData(process.cwd());
    expect(keyFindings.length).toBeGreaterThanOrEqual(4);
    for (const finding of keyFindings) expect(stats.has(finding.stat), finding.stat).toBe(true);
  });

  it('reads the panel in order', () => {
    expect(loadData(bookWithPanel()).keyFindings.map((f) => f.stat)).toEqual(['seen-within-hour', 'would-recommend']);
  });

  it('a book without data/key-findings.yaml has no panel', () => {
    expect(loadData(tempBook().root).keyFindings).toEqual([]);
  });

  it('stops on a stat that is not in data/stats.yaml', () => {
    expect(errorAfter('stat: seen-within-hour', 'stat: seen-within-hr')).toMatchInlineSnapshot(`
      "data/key-findings.yaml:1 ("seen-within-hr", field "stat"): refers to the stat "seen-within-hr", which is not in data/stats.yaml.
        Fix: use the id of a stat in data/stats.yaml (check the spelling), or add the stat there with its source."
    `);
  });

  it('stops on a chapter that does not exist', () => {
    expect(errorAfter('chapter: waiting\n- stat', 'chapter: waitng\n- stat')).toMatchInlineSnapshot(`
      "data/key-findings.yaml:3 ("seen-within-hour", field "chapter"): links to the chapter "waitng", which is not in src/content/chapters.
        Fix: use one of: waiting."
    `);
  });

  it('stops on a stat shown twice', () => {
    expect(errorAfter('stat: would-recommend', 'stat: seen-within-hour')).toMatchInlineSnapshot(`
      "data/key-findings.yaml:4 ("seen-within-hour", field "stat"): shows the stat "seen-within-hour" a second time.
        Fix: remove one of the two entries; each stat appears once in the panel."
    `);
  });

  it('stops on a meaning that types a number of its own', () => {
    expect(
      errorAfter('of patients were seen within the hour', 'of patients were seen within 60 minutes'),
    ).toMatchInlineSnapshot(`
      "data/key-findings.yaml:2 (field "meaning"): The key finding field "meaning" contains a number: the panel shows the stat itself, so the line must not repeat or add one.
        Fix: correct meaning in data/key-findings.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('stops on a missing meaning', () => {
    expect(errorAfter('  meaning: of patients were seen within the hour\n', '')).toContain(
      'data/key-findings.yaml:1 (field "meaning"): The key finding field "meaning" is missing: ' +
        'add one line saying what the number means.',
    );
  });

  it('stops on a file that is not a list', () => {
    expect(errorAfter(/^/, 'panel:\n')).toMatchInlineSnapshot(`
      "data/key-findings.yaml:1: expected a list of key findings, one per "- stat: ..." entry.
        Fix: start each entry with "- stat: " followed by a stat id, then give its meaning and chapter."
    `);
  });
});
