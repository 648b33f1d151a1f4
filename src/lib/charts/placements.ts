/**
 * The book's chart numbers, read from every chapter's MDX source in reading order. Each Chart component
 * needs its number before the chapters after it have rendered, so the chapters are parsed here (with the
 * same core as remark-charts) rather than waiting for their compiled frontmatter.
 */
import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { getChapters } from '../content/chapters.ts';
import { getData } from '../data/index.ts';
import { collectCharts } from '../../plugins/remark-charts.ts';
import { numberCharts, type ChartPlace } from './numbering.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** Lines of frontmatter above the body, so errors point at the line in the file. */
function bodyOffset(filePath: string | undefined, body: string): number {
  if (!filePath) return 0;
  const raw = readFileSync(filePath, 'utf8');
  const at = raw.indexOf(body);
  return at > 0 ? raw.slice(0, at).split('\n').length - 1 : 0;
}

let cached: Promise<Map<string, ChartPlace>> | undefined;

/** Every placed chart's number and chapter. */
export function getChartPlaces(): Promise<Map<string, ChartPlace>> {
  return (cached ??= getChapters().then((chapters) => numberCharts(chapters.map((chapter) => {
    const file = chapter.filePath ?? chapter.id;
    const body = chapter.body ?? '';
    const offset = bodyOffset(chapter.filePath, body);
    const charts = collectCharts(parser.parse(body), getData().charts, file).map((p) => ({ ...p, line: p.line && p.line + offset }));
    return { file, chapter: chapter.id, charts };
  }))));
}
