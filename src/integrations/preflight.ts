/**
 * The quick checks (src/lib/build/preflight.ts) as the build's first step: they run while Astro sets up,
 * before any page is rendered, so a mistake in data/ or a chapter's frontmatter or MDX is reported in
 * about a second, with file, line, field and fix, and nothing else is built.
 */
import type { AstroIntegration } from 'astro';
import { bookRoot } from '../lib/data/index.ts';
import { describeChecked, preflight } from '../lib/build/preflight.ts';
import { say } from './build-step.ts';

export function quickChecks(): AstroIntegration {
  return {
    name: 'book-quick-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') say(describeChecked(preflight(bookRoot())));
      },
    },
  };
}
