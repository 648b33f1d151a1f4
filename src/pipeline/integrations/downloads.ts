/**
 * The files that are not pages (src/site/downloads/site-files.ts): started as the build starts, so their
 * pictures are drawn on every core while Astro bundles and renders the pages, and written beside the
 * pages once those are out (a PNG written from the bytes the cache kept, once checked: never a link to
 * the cache, which an upload would break on, or a file shared with it). The dev server answers the same addresses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { pngsRendered } from '../../figures/files/png-cache.ts';
import { siteFiles, type SiteFile } from '../../site/downloads/site-files.ts';
import { withSlash } from '../../book/routes.ts';
import type { BookSettings } from '../settings.ts';
import { afterBuild, say } from './build-step.ts';

type Started = Promise<{ file: SiteFile; content: string | Uint8Array }[]>;

function start(root: string): Started {
  const started = siteFiles(root).then((files) =>
    Promise.all([...files.values()].map(async (file) => ({ file, content: await file.content() }))),
  );
  started.catch(() => {}); // reported by the step that waits for it
  return started;
}

/** Sends one file to the dev server's client. */
async function send(res: ServerResponse, file: SiteFile): Promise<void> {
  const content = await file.content();
  res.setHeader('Content-Type', file.type);
  res.end(content);
}

/** The build's step, and the dev server's answers. */
export function downloads({ root }: BookSettings): { early: AstroIntegration; write: AstroIntegration } {
  let started: Started | undefined;
  let base = '/';
  const early: AstroIntegration = {
    name: 'book-downloads-early',
    hooks: {
      'astro:config:done': ({ config }) => void (base = withSlash(config.base)),
      'astro:build:start': () => void (started = start(root)),
      'astro:server:setup': ({ server, logger }) => {
        // The files the book last had: a mistake in data/ answers with its message for one of them, and
        // leaves every other address (pages, scripts) to Astro, whose overlay shows the mistake on pages.
        let known: ReadonlyMap<string, SiteFile> = new Map();
        server.middlewares.use((req, res, next) => {
          // Astro strips the base from req.url before this runs; Connect keeps the address asked for.
          const asked = (req as typeof req & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
          const path = decodeURIComponent(new URL(asked, 'http://dev').pathname);
          if (!path.startsWith(base)) return next();
          const wanted = path.slice(base.length);
          siteFiles(root)
            .then((files) => {
              known = files;
              const file = files.get(wanted);
              return file ? send(res, file) : next();
            })
            .catch((error: Error) => {
              if (!known.has(wanted)) return next();
              logger.error(error.message);
              res.statusCode = 500;
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.end(error.message);
            });
        });
      },
    },
  };
  const write = afterBuild('downloads', async ({ dir }) => {
    const made = await (started ?? start(root));
    for (const { file, content } of made) {
      const to = join(dir, file.path);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, content);
    }
    const drawn = pngsRendered();
    say(
      `Wrote ${made.length} files beside the pages: data, charts and cards (${drawn} ` +
        `picture${drawn === 1 ? '' : 's'} drawn, the others from the cache).`,
    );
  });
  return { early, write };
}
