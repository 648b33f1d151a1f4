import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../check-links.ts';
import type { BuildStopped } from './build-step.ts';
import { MOST_EXPLAINED, reportBrokenLinks } from './link-check.ts';

/** The project's own book, whose chapters a broken link is looked for in. */
const ROOT = join(import.meta.dirname, '../../..');

/** A built site of `pages` pages, each linking to `links` pages that do not exist. */
function siteWithBrokenLinks(pages: number, links: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
  for (let p = 0; p < pages; p++) {
    mkdirSync(join(dir, `page-${p}`));
    const anchors = Array.from({ length: links }, (_, l) => `<a href="/missing-${p}-${l}/">x</a>`).join('');
    writeFileSync(join(dir, `page-${p}`, 'index.html'), `<!doctype html><title>p</title><main>${anchors}</main>`);
  }
  return dir;
}

const stopped = (dir: string): BuildStopped => {
  try {
    reportBrokenLinks(ROOT, dir, findBrokenLinks(dir));
  } catch (error) {
    return error as BuildStopped;
  }
  throw new Error('the report did not stop the build');
};

describe('the broken-link report', () => {
  it('explains each broken link when there are few', () => {
    const error = stopped(siteWithBrokenLinks(1, 3));
    expect(error.reason).toBe('3 broken links');
    expect(error.messages).toHaveLength(3);
    expect(error.messages[0]).toContain('links to "/missing-0-0/", but the report has no page at that address.');
  });

  it('explains the first ones and counts the rest when many links break at once, so the report comes at once', () => {
    const error = stopped(siteWithBrokenLinks(200, 30));
    expect(error.reason).toBe(`${MOST_EXPLAINED} broken links explained, ${6000 - MOST_EXPLAINED} more not`);
    expect(error.messages).toHaveLength(MOST_EXPLAINED + 1);
    expect(error.messages.at(-1)).toMatch(
      /^\.\.\. and 5980 more places where a link leads nowhere, in pages such as page-\d+\/index\.html/,
    );
    expect(error.messages.at(-1)).toContain('Fix: ');
  });
});
