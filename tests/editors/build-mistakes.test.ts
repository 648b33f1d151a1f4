/**
 * The mistakes catalogue, part 3: what only the built site shows (a link typed in Markdown to a page or
 * section that does not exist), and the promise that a failed build loses nothing: dist/ keeps the last
 * good build and no half-built folder is left behind. Also the new-chapter command's output builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapter, copiesForThisFile } from './project-copy.ts';
import { loadData } from '../../src/book/data/load.ts';
import { readChapterFiles } from '../../src/book/chapters/chapter-files.ts';
import { expectStopped } from './expect-build.ts';
import { siteAddress } from '../../src/book/routes.ts';
import { getData } from '../../src/book/data/index.ts';

const copy = copiesForThisFile();

const CHAPTER = 'src/content/chapters/mistake.mdx';
// Internal links start with the base path of data/book.yaml `url` (the copy's is the project's).
const BASE = siteAddress(getData(process.cwd()).book.url).base;

describe.concurrent('what only the built site shows', () => {
  it('a broken internal link and a broken anchor stop the build before the slow steps, and dist/ is kept', async () => {
    const book = copy();
    book.write('dist/index.html', 'the last good build');
    book.write(
      CHAPTER,
      chapter(
        `Read [the funding chapter](${BASE}fundin/).\n\nAnd [why money is not ` +
          `enough](${BASE}funding/#more-money-is-not-the-answer).`,
      ),
    );
    const result = await book.build();
    expectStopped(
      result,
      `${CHAPTER}:8 (field "link"): links to "${BASE}fundin/", but the report has no page at that address.\n` +
        `  Fix: did you mean "${BASE}funding/"? To link to a chapter, write <Ref id="chapter-id" ` +
        `/>: the build checks it and writes the title for you.`,
      `${CHAPTER}:10 (field "link"): links to "${BASE}funding/#more-money-is-not-the-answer", ` +
        `but the page funding/index.html has no section with the id ` +
        `"more-money-is-not-the-answer".\n` +
        '  Fix: did you mean "#more-money-alone-is-not-the-answer"? Use an id from that page',
    );
    expect(result.stderr).toContain('The build stopped (2 broken links); dist/ still holds the last good build.');
    // Reported before the search index and PDF were made: an editor waits for Astro only.
    expect(result.stdout).not.toContain('search: indexed');
    expect(readFileSync(join(book.root, 'dist/index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(join(book.root, 'dist.staging')), 'no half-built site left behind').toBe(false);
  });

  it('a chapter made by npm run new-chapter passes every check and builds', async () => {
    const book = copy();
    const made = await book.run('new-chapter.ts', 'Patient safety', '--after', 'funding');
    expect(made.stdout).toBe(
      'Wrote src/content/chapters/patient-safety.mdx (order 8.5). Preview it with npm run dev at /patient-safety/.\n',
    );
    const checked = await book.build('--check');
    expect(checked.code, checked.stderr).toBe(0);
    // Every stat and term of the book, and its chapters with the new one.
    const { stats, glossary } = loadData(book.root);
    expect(checked.stdout).toContain(
      `Checked ${stats.size} stats, ${glossary.size} glossary entries and ` +
        `${readChapterFiles(process.cwd()).length + 1} chapters`,
    );
    expect(checked.stdout).toContain('Everything checks out');
    expect(
      existsSync(join(book.root, 'dist.staging')) || existsSync(join(book.root, 'dist')),
      '--check publishes nothing',
    ).toBe(false);
  });
});
