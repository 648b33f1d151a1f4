/**
 * `npm run build`: builds the report without ever leaving a half-built site behind.
 *
 *   1. Checks the data and the chapters' frontmatter and MDX, so the commonest mistakes are reported
 *      in a second, with file and line, before Astro starts.
 *   2. Builds the site aside, into dist.staging/.
 *   3. Checks every internal link and anchor of the staged site, except links to files the next steps
 *      write, so a broken link is reported before the slow steps run.
 *   4. Runs the steps that need the built site (search index, PDF, EPUB), against the staged site.
 *   5. Checks the links again, the search, PDF and EPUB downloads included.
 *   6. Swaps the staged site into dist/. Until then, dist/ holds the last good build, untouched.
 *
 * Any failure prints the editor's message once (file, line, field and fix) and exits with status 1.
 * Options: --verbose shows Astro's own log; --no-swap checks everything, then discards the staged site;
 * --check (what `npm run check` runs) stops after step 3 and discards the staged site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BookError } from '../src/lib/book-error.ts';
import { explainBrokenLink, findBrokenLinks, pointsInto, type BrokenLink } from '../src/lib/build/check-links.ts';
import { explainBuildError } from '../src/lib/build/explain-error.ts';
import { describeChecked, preflight } from '../src/lib/build/preflight.ts';
import { bookRoot } from '../src/lib/data/index.ts';
import { siteAddress } from '../src/lib/sharing/site-address.ts';

// No network at build time: Astro would otherwise try to send usage telemetry (and wait for it offline).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// The engine (pages, components, plugins) lives here; the book it builds lives at BOOK_ROOT (default:
// here too), and its site is written beside it, in <book>/dist/.
const root = process.cwd();
const book = bookRoot();
const args = new Set(process.argv.slice(2));
const dist = join(book, 'dist');
const staging = join(book, 'dist.staging');
const previous = join(book, 'dist.previous');
// Read once the preflight has checked data/book.yaml, so a mistake there gets its own message.
const base = () => siteAddress().base;

/**
 * Steps that read the staged site before it goes live, each a script run as `node <script> --dist <dir>`,
 * and the folders they write (links into those are checked once they exist).
 */
const AFTER_BUILD: { name: string; script: string; writes: string[]; args?: string[] }[] = [
  { name: 'search index', script: 'scripts/build-search.ts', writes: ['pagefind/'] },
  // The PDF is made from the staged site, so a failed PDF leaves the published site as it was. It keeps
  // the print pages for the EPUB step, which reads them and the book's PDF, then removes them.
  { name: 'PDF', script: 'scripts/build-pdf.ts', writes: ['pdf/'], args: ['--keep-print'] },
  { name: 'EPUB', script: 'scripts/build-epub.ts', writes: ['epub/'] },
];

/** Thrown when a step has already printed its own explanation. */
class Reported extends Error {}

async function main(): Promise<void> {
  say(describeChecked(preflight(book)));

  rmSync(staging, { recursive: true, force: true });
  // Astro loads only after the quick checks pass, so those report in about a second.
  const { build } = await import('astro');
  await build({ root, outDir: staging, logLevel: args.has('--verbose') ? 'info' : 'silent' });
  const pages = readdirSync(staging, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.replaceAll('\\', '/'));
  say(`Built ${pages.length} pages.`);

  const later = AFTER_BUILD.flatMap((step) => step.writes);
  checkLinks(pages, (link) => !pointsInto(link, later, base()));
  say('Checked every internal link and anchor between pages.');
  if (args.has('--check')) {
    rmSync(staging, { recursive: true, force: true });
    say('Everything checks out (the search index and PDF were not made, and nothing was published: --check).');
    return;
  }

  for (const step of AFTER_BUILD) {
    // A step another part of the project adds runs as soon as its script exists.
    if (!existsSync(join(root, step.script))) continue;
    const run = spawnSync(process.execPath, [step.script, '--dist', staging, ...(step.args ?? [])], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) throw new Reported(`the ${step.name} step failed`);
    say(`Made the ${step.name}.`);
  }
  checkLinks(pages, () => true);
  say('Checked the links to the search index, the PDFs and the EPUB.');

  if (args.has('--no-swap')) {
    rmSync(staging, { recursive: true, force: true });
    say('Everything checks out (nothing was published: --no-swap).');
    return;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
  say(`Published to ${relative(root, dist)}/.`);
}

/** Stops on the broken links of the staged site that `which` selects, printing one message for each. */
function checkLinks(pages: string[], which: (link: BrokenLink) => boolean): void {
  // A link typed once shows on its chapter's page and in the print edition: say it once.
  const messages = new Set(findBrokenLinks(staging, base()).filter(which).map((link) => explainBrokenLink(link, book, staging, pages).message));
  if (!messages.size) return;
  for (const message of messages) fail(message);
  throw new Reported(`${messages.size} broken link${messages.size > 1 ? 's' : ''}`);
}

const say = (line: string) => process.stdout.write(`build: ${line}\n`);
const kept = () => (existsSync(dist) ? `${relative(root, dist)}/ still holds the last good build` : 'nothing was published');
const fail = (message: string) => process.stderr.write(`\n${message}\n`);

try {
  await main();
  process.exit(0);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  if (error instanceof Reported) {
    fail(`The build stopped (${error.message}); ${kept()}. EDITING.md explains each message.`);
  } else {
    const message = error instanceof BookError ? error.message : explainBuildError(error, book);
    if (message) fail(`${message}\n\nThe build stopped; ${kept()}. EDITING.md explains each message.`);
    else fail(`The build failed for a reason that is not an editing mistake this project recognises. The full error follows.\n\n${(error as Error)?.stack ?? String(error)}`);
  }
  process.exit(1);
}
