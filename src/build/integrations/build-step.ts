/**
 * What the book's build integrations share: how a step says what it did, the mode `npm run build` asked
 * for, and the error a step throws once it knows what the editor must fix.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';

/**
 * `publish` (the default) swaps the finished site into dist/; `no-swap` checks everything, then
 * discards it; `check` (`npm run check`) stops after the first link check. scripts/build-site.ts sets it.
 */
export type BuildMode = 'publish' | 'no-swap' | 'check';
export const buildMode = (): BuildMode => (process.env.BOOK_BUILD_MODE as BuildMode | undefined) ?? 'publish';

/**
 * Which editions a build makes: `all` (the default), or `site` alone (BOOK_EDITIONS=site: no PDFs or
 * EPUB, for the bench's largest synthetic book, which no one would print).
 */
export const printEditions = (): boolean => process.env.BOOK_EDITIONS !== 'site';

/** One line of the build's log, the same under `npx astro build` and `npm run build` (which silences Astro's). */
export const say = (line: string): void => void process.stdout.write(`build: ${line}\n`);

/**
 * A build that stopped for reasons already worded for the editor: its message is the whole report (each
 * mistake with its fix, then "The build stopped (...)"), so Astro's error log and build-site.ts print it as is.
 */
export class BuildStopped extends Error {
  override name = 'BuildStopped';
  readonly reason: string;
  readonly messages: readonly string[];
  constructor(reason: string, messages: readonly string[] = []) {
    super([...messages, `The build stopped (${reason}); nothing was published. EDITING.md explains each message.`].join('\n\n'));
    this.reason = reason;
    this.messages = messages;
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** What a step knows of the site: its folder, Astro's root folder and its base path (ending in "/"). */
export interface BuiltSite { dir: string; root: string; base: string }

/**
 * An integration for a step that reads or finishes the built site (the staged output), run in the order
 * the integrations are listed. `check: true` runs it under `npm run check` too; `print: true` marks a
 * step of the print editions (PDF, EPUB), which a site-only build leaves out.
 */
export function afterBuild(name: string, run: (site: BuiltSite) => void | Promise<void>, { check = false, print = false } = {}): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: `book-${name}`,
    hooks: {
      'astro:config:done': (done) => void (config = done.config),
      'astro:build:done': async ({ dir }) => {
        if ((buildMode() === 'check' && !check) || (print && !printEditions())) return;
        const site = fileURLToPath(dir);
        try {
          await run({ dir: site, root: fileURLToPath(config!.root), base: config!.base.replace(/\/?$/, '/') });
        } catch (error) {
          // Nothing half-finished is left behind (dist/ itself was never touched).
          rmSync(site, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
