/**
 * The checks `npm run build` makes around Astro, as one command each, so the benchmark can time them:
 *   node src/pipeline/bench/checks.ts --book <root>   the preflight (data, frontmatter, MDX, cross-references)
 *   node src/pipeline/bench/checks.ts --links <dist>  every internal link and anchor of a built site
 * With --links, links into pdf/ or epub/ are skipped when the site has no such folder (the benchmark
 * makes no PDF for its largest book, and no EPUB); any other broken link fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrokenLinks } from '../check-links.ts';
import { preflight } from '../integrations/quick-checks.ts';

const { values } = parseArgs({ options: { book: { type: 'string' }, links: { type: 'string' } } });
if (values.book) {
  const checked = preflight(values.book);
  console.log(`checks: ${checked.chapters} chapters, ${checked.statsDefined} stats`);
}
if (values.links) {
  const unmade = ['pdf', 'epub'].filter((folder) => !existsSync(join(values.links!, folder)));
  const broken = findBrokenLinks(values.links).filter(
    (link) => !unmade.some((folder) => new RegExp(`(^|/)${folder}/`).test(link.href)),
  );
  for (const link of broken) console.error(`checks: ${link.page} links to ${link.href}, which does not exist`);
  if (broken.length) process.exit(1);
  console.log('checks: every internal link and anchor resolves');
}
