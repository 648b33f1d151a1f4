import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import remarkStats from './remark-stats.ts';

const known = new Set(['staff-role-awareness', 'public-concern-disruption']);
const run = async (mdx: string) => {
  const file = new VFile({ path: `${process.cwd()}/src/content/chapters/test.mdx`, value: mdx });
  return String(await compile(file, { remarkPlugins: [[remarkStats, { statIds: () => known }]] }));
};

describe('remark-stats', () => {
  it('lets known stat ids through to the Stat component', async () => {
    expect(
      await run('Of staff, <Stat id="staff-role-awareness" /> know; <Stat id="public-concern-disruption" />.'),
    ).toContain('id: "public-concern-disruption"');
  });

  it('stops on an unknown stat id with the file and line', async () => {
    await expect(
      run('Intro.\n\nSome <Stat id="staff-role-awarenes" /> text.'),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:3 ("staff-role-awarenes", field "<Stat id>"): there is no stat "staff-role-awarenes" in data/stats.yaml.
        Fix: check the spelling against data/stats.yaml, or add the stat there with its value, unit, study and sources.]
    `);
  });

  it('stops on a <Stat /> without an id', async () => {
    await expect(run('A <Stat /> here.')).rejects.toThrow(
      'src/content/chapters/test.mdx:1 (field "<Stat id>"): a <Stat /> has no id.',
    );
  });
});
