/**
 * What the book's build integrations share: how a step says what it did, a step run on the built site,
 * and the error a step throws once it knows what the editor must fix.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { withSlash } from '../../book/routes.ts';

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
    super(
      [...messages, `The build stopped (${reason}); nothing was published. EDITING.md explains each message.`].join(
        '\n\n',
      ),
    );
    this.reason = reason;
    this.messages = messages;
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** What a step knows of the site: its folder, Astro's root folder and its base path (ending in "/"). */
export interface BuiltSite {
  dir: string;
  root: string;
  base: string;
}

/**
 * An integration for a step that reads or finishes the built site (the staged output), run in the order
 * the integrations are listed (index.ts lists the ones a build's settings ask for).
 */
export function afterBuild(name: string, run: (site: BuiltSite) => void | Promise<void>): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: `book-${name}`,
    hooks: {
      'astro:config:done': (done) => void (config = done.config),
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        try {
          await run({ dir: site, root: fileURLToPath(config!.root), base: withSlash(config!.base) });
        } catch (error) {
          // Nothing half-finished is left behind (dist/ itself was never touched).
          rmSync(site, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
