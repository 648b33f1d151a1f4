/**
 * `npm run new-chapter -- "Title" [--after chapter-id] [--summary "One or two sentences."]`: writes
 * src/content/chapters/<id>.mdx with valid frontmatter, after the given chapter (default: the last
 * chapter before the back matter), and says where it went.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BookError } from '../src/lib/book-error.ts';
import { chaptersDir, checkChapterFiles, readChapterFiles } from '../src/book/chapters/chapter-files.ts';
import { scaffoldChapter } from '../src/book/chapters/scaffold-chapter.ts';

const root = process.cwd();
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { after: { type: 'string' }, summary: { type: 'string' } },
  });
  const chapters = checkChapterFiles(readChapterFiles(root));
  const chapter = scaffoldChapter(positionals.join(' '), chapters, values);
  const path = join(chaptersDir(root), `${chapter.id}.mdx`);
  writeFileSync(path, chapter.text, { flag: 'wx' });
  process.stdout.write(
    `Wrote ${relative(root, path)} (order ${chapter.order}). Preview it with npm run dev at /${chapter.id}/.\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof BookError ? error.message : String(error)}\n`);
  process.exit(1);
}
