/**
 * A synthetic book of any length, for the benchmark: every chapter has three charts (bar, gap and
 * comparison), a few stats in running text, sections, and cross-references to the chapter before
 * it and to one of its own charts, so numbering, navigation, refs and search all grow with the book.
 * Deterministic: the same count always writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ids of chapter `n` (1-based) and of its stats and charts. */
const ids = (n: number) => {
  const c = `topic-${String(n).padStart(4, '0')}`;
  return {
    chapter: c,
    stats: ['a', 'b', 'c', 'd'].map((k) => `${c}-${k}`),
    charts: ['bar', 'gap', 'comparison'].map((k) => `${c}-${k}`),
  };
};

/** A share between 5 and 94 that varies from stat to stat without any randomness. */
const share = (n: number, k: number) => ((n * 37 + k * 23) % 90) + 5;

const yamlList = (items: string[]) => `${items.join('\n')}\n`;

function statsYaml(count: number): string {
  const entries: string[] = [];
  for (let n = 1; n <= count; n++) {
    ids(n).stats.forEach((id, k) =>
      entries.push(
        `- id: ${id}\n  value: ${share(n, k)}\n  unit: percent\n  label: Respondents giving ` +
          `answer ${'ABCD'[k]} on topic ${n}\n  study: panel\n  sources: [report]`,
      ),
    );
  }
  return yamlList(entries);
}

function chartsYaml(count: number): string {
  const entries: string[] = [];
  const common = (id: string, chapter: string, kind: string) =>
    `- id: ${id}\n  kind: ${kind}\n  chapter: ${chapter}\n  axis: Share of respondents\n  ` +
    `unit: percent\n  sources: [report]`;
  for (let n = 1; n <= count; n++) {
    const {
      chapter,
      stats: [a, b, c, d],
      charts: [bar, gap, comparison],
    } = ids(n);
    entries.push(
      `${common(bar!, chapter, 'bar')}\n  title: Answers A and B, for this chapter's topic\n  ` +
        `summary: Two answers compared.\n  data:\n    - { stat: ${a}, label: Answer A }\n    - { ` +
        `stat: ${b}, label: Answer B }`,
      `${common(gap!, chapter, 'gap')}\n  title: The gap between answers A and C\n  summary: ` +
        `Answer C against answer A.\n  reference: { stat: ${a}, label: Answer A }\n  data:\n    ` +
        `- { stat: ${c}, label: Answer C }`,
      `${common(comparison!, chapter, 'comparison')}\n  title: Answers C and D side by side\n  ` +
        `summary: Two shares of one whole.\n  data:\n    - { stat: ${c}, label: Answer C }\n    ` +
        `- { stat: ${d}, label: Answer D }`,
    );
  }
  return yamlList(entries);
}

function chapterMdx(n: number): string {
  const {
    stats: [a, b, c, d],
    charts: [bar, gap, comparison],
  } = ids(n);
  const before = n > 1 ? `Read it after <Ref id="${ids(n - 1).chapter}" />. ` : '';
  return `---
title: Findings on topic ${n}
order: ${n}
summary: What the panel said about topic ${n}, in three charts and a few sentences.
sources: [report]
---

${before}On this topic <Stat id="${a}" /> of respondents gave answer A and <Stat id="${b}" /> gave answer B.
<Ref id="${bar}" /> sets them side by side. The panel was asked the same question in every wave, and the
wording did not change, so the answers can be read together.

<Chart id="${bar}" />

## How far apart the answers are

Answer C came from <Stat id="${c}" /> of respondents. The difference from answer A is the widest on this
topic, and it is the one the panel's authors discuss at most length.

<Chart id="${gap}" />

## Answers C and D

Answer D came from <Stat id="${d}" /> of respondents.

<Chart id="${comparison}" />
`;
}

/** Writes a book of `count` chapters into `root` (which should be empty) and returns `root`. */
export function writeSyntheticBook(root: string, count: number): string {
  const data = join(root, 'data');
  const chapters = join(root, 'src', 'content', 'chapters');
  mkdirSync(data, { recursive: true });
  mkdirSync(chapters, { recursive: true });
  writeFileSync(
    join(data, 'book.yaml'),
    `title: Synthetic Book of ${count} Chapters\nsubtitle: A benchmark\npublisher: Bench Press\n` +
      `date: 2026-01-01\nedition: Benchmark edition\nlang: en-GB\nlicence: Generated text, ` +
      `free to reuse.\nurl: https://example.org/bench/\nsources: [report]\n`,
  );
  writeFileSync(
    join(data, 'sources.yaml'),
    '- id: report\n  title: Panel survey report\n  kind: Report\n  author: Bench Press\n  date: 2026-01-01\n',
  );
  writeFileSync(
    join(data, 'studies.yaml'),
    '- id: panel\n  kind: survey\n  name: Panel survey (2025)\n  base: 1000\n  population: panel members\n' +
      '  fieldwork: { year: 2025 }\n  method: Online questionnaire.\n  sources: [report]\n',
  );
  writeFileSync(join(data, 'stats.yaml'), statsYaml(count));
  writeFileSync(join(data, 'charts.yaml'), chartsYaml(count));
  for (let n = 1; n <= count; n++) writeFileSync(join(chapters, `${ids(n).chapter}.mdx`), chapterMdx(n));
  return root;
}
