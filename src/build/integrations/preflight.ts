/**
 * The quick checks (src/build/preflight.ts) as the build's first step: they run while Astro sets up,
 * before any page is rendered, so a mistake in data/ or a chapter's frontmatter or MDX is reported in
 * about a second, with file, line, field and fix, and nothing else is built.
 */
import type { AstroIntegration } from 'astro';
import { bookRoot } from '../../book/data/index.ts';
import { describeChecked, preflight } from '../preflight.ts';
import { say } from './build-step.ts';

/**
 * Runs the checks once a process: scripts/build-site.ts calls this before it even loads Astro, and the
 * integration (all `npx astro build` has) then finds them done.
 */
export function runQuickChecks(): void {
  if (process.env.BOOK_QUICK_CHECKED === bookRoot()) return;
  say(describeChecked(preflight(bookRoot())));
  process.env.BOOK_QUICK_CHECKED = bookRoot();
}

export function quickChecks(): AstroIntegration {
  return {
    name: 'book-quick-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') runQuickChecks();
      },
    },
  };
}
