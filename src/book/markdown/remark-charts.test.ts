import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { ChartSpec } from '../data/charts.ts';
import remarkCharts from './remark-charts.ts';
import remarkStats from './remark-stats.ts';

const spec = (id: string, stats: string[], chapter = 'test') =>
  ({ id, kind: 'bar', chapter, data: stats.map((stat) => ({ stat, label: stat })) }) as unknown as ChartSpec;
const charts = new Map([
  ['staff-views', spec('staff-views', ['staff-role-awareness', 'staff-confident-data'])],
  ['public-concerns', spec('public-concerns', ['public-concern-disruption'])],
  ['elsewhere', spec('elsewhere', ['staff-role-awareness'], 'funding')],
]);
// The checks read the book index's facts, not each other's output: any order gives the same result.
const run = async (mdx: string) => {
  const file = new VFile({ path: `${process.cwd()}/src/content/chapters/test.mdx`, value: mdx });
  return String(
    await compile(file, {
      remarkPlugins: [
        [remarkCharts, { charts: () => charts }],
        [remarkStats, { statIds: () => new Set(['staff-role-awareness']) }],
      ],
    }),
  );
};

describe('remark-charts', () => {
  it('lets charts placed in their own chapter through', async () => {
    expect(
      await run(
        'Staff <Stat id="staff-role-awareness" /> know.\n\n<Chart id="public-concerns" ' +
          '/>\n\nText.\n\n<Chart id="staff-views" />\n',
      ),
    ).toContain('id: "staff-views"');
  });

  it('stops on a chart placed in another chapter than data/charts.yaml gives it', async () => {
    await expect(run('Intro.\n\n<Chart id="elsewhere" />\n')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:3 ("elsewhere", field "<Chart id>"): the chart "elsewhere" is placed in the chapter "test", but data/charts.yaml gives it "chapter: funding".
        Fix: place it in the chapter funding, or change its "chapter:" in data/charts.yaml to test.]
    `);
  });

  it('stops on an unknown chart id with the file and line', async () => {
    await expect(run('Intro.\n\n<Chart id="staff-veiws" />\n')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:3 ("staff-veiws", field "<Chart id>"): there is no chart "staff-veiws" in data/charts.yaml.
        Fix: use one of: staff-views, public-concerns, elsewhere; or add the chart to data/charts.yaml.]
    `);
  });

  it('stops on a <Chart /> without an id', async () => {
    await expect(run('<Chart />\n')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:1 (field "<Chart id>"): a <Chart /> has no id.
        Fix: write the chart id from data/charts.yaml, e.g. <Chart id="answers-by-group" />.]
    `);
  });

  it('stops on a chart inside a sentence', async () => {
    await expect(run('As <Chart id="staff-views" /> shows.\n')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:1 ("staff-views", field "<Chart id>"): this <Chart /> is inside a paragraph, but a chart is a figure of its own.
        Fix: put the <Chart /> tag on its own line, with a blank line before and after it.]
    `);
  });

  it('stops on a chart placed twice in one chapter', async () => {
    await expect(
      run('<Chart id="staff-views" />\n\nText.\n\n<Chart id="staff-views" />\n'),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:5 ("staff-views", field "<Chart id>"): the chart "staff-views" is already placed on line 1.
        Fix: place each chart once; link to it with #chart-staff-views elsewhere.]
    `);
  });
});
