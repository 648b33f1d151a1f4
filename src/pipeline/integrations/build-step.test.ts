import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { bookSettings, type BookOptions } from '../settings.ts';
import { afterBuild, BuildStopped, type BuiltSite } from './build-step.ts';
import { bookBuild } from './index.ts';
import { restoreAside, swapInto } from './staging.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'build-step-'));

/** Runs an afterBuild integration's hooks as Astro would, on the site in `dir`. */
async function runStep(step: ReturnType<typeof afterBuild>, dir: string): Promise<void> {
  const hooks = step.hooks as Record<string, (arg: object) => unknown>;
  const config = { root: pathToFileURL('/engine/'), base: '/report' } as unknown as AstroConfig;
  await hooks['astro:config:done']!({ config });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`) });
}

describe('a build step', () => {
  it('is given the staged folder, Astro\'s root and the base path ending in "/"', async () => {
    const dir = folder();
    let seen: BuiltSite | undefined;
    await runStep(
      afterBuild('x', (site) => void (seen = site)),
      dir,
    );
    expect(seen).toEqual({ dir: `${dir}/`, root: '/engine/', base: '/report/' });
  });

  it('that fails removes the half-finished site, and the error goes on to the build', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'index.html'), 'half built');
    await expect(
      runStep(
        afterBuild('x', () => {
          throw new BuildStopped('1 broken link', ['a.mdx:8: links to "/x/".\n  Fix: ...']);
        }),
        dir,
      ),
    ).rejects.toThrow(
      'a.mdx:8: links to "/x/".\n  Fix: ...\n\nThe build stopped (1 broken link); nothing was published.',
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('runs under npm run check only if it is a check, and a site-only build makes no PDF or EPUB', () => {
    const steps = (options: BookOptions) =>
      bookBuild(bookSettings(options)).map((step) => step.name.replace(/^book-/, ''));
    expect(steps({})).toEqual([
      'quick-checks',
      'staging',
      'downloads-early',
      'downloads',
      'links',
      'search',
      'pdf',
      'epub',
      'download-sizes',
      'links-again',
      'headers',
      'publish',
    ]);
    expect(steps({ mode: 'check' })).toEqual([
      'quick-checks',
      'staging',
      'downloads-early',
      'downloads',
      'links',
      'publish',
    ]);
    expect(steps({ editions: 'site' })).not.toContain('pdf');
    expect(steps({ editions: 'site' })).not.toContain('epub');
  });
});

describe('publishing', () => {
  it('swaps the finished site into place and leaves no old copy', () => {
    const root = folder();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'old.html'), 'old');
    mkdirSync(join(root, 'staging'));
    writeFileSync(join(root, 'staging', 'new.html'), 'new');
    swapInto(join(root, 'staging'), join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'new.html'), 'utf8')).toBe('new');
    expect(existsSync(join(root, 'dist', 'old.html'))).toBe(false);
    expect(existsSync(join(root, 'staging')) || existsSync(join(root, 'dist.previous'))).toBe(false);
  });

  it('puts the last site back when a build stopped between the two renames left it aside, and only then', () => {
    const root = folder();
    mkdirSync(join(root, 'dist.previous'));
    writeFileSync(join(root, 'dist.previous', 'old.html'), 'old');
    expect(restoreAside(join(root, 'dist'))).toBe(true);
    expect(readFileSync(join(root, 'dist', 'old.html'), 'utf8')).toBe('old');
    mkdirSync(join(root, 'dist.previous'));
    expect(restoreAside(join(root, 'dist'))).toBe(false);
  });

  it('publishes into a folder that did not exist yet', () => {
    const root = folder();
    mkdirSync(join(root, 'staging'));
    swapInto(join(root, 'staging'), join(root, 'dist'));
    expect(existsSync(join(root, 'dist'))).toBe(true);
  });
});
