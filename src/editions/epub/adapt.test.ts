import { describe, expect, it } from 'vitest';
import { bookHref, type LinkMap } from './adapt.ts';

const links: LinkMap = {
  base: '/report/',
  site: 'https://example.org/report/',
  chapterFile: new Map([
    ['funding', 'funding.xhtml'],
    ['glossary', 'glossary.xhtml'],
  ]),
  idFile: new Map([
    ['chart-budget', 'funding.xhtml'],
    ['nhs', 'glossary.xhtml'],
    ['intro', 'training.xhtml'],
  ]),
};

describe('links in the book', () => {
  it.each([
    ['/report/funding/', 'training.xhtml', 'funding.xhtml'],
    ['/report/funding/#chart-budget', 'training.xhtml', 'funding.xhtml#chart-budget'],
    ['/report/funding/#chart-budget', 'funding.xhtml', '#chart-budget'],
    ['/report/glossary/#nhs', 'funding.xhtml', 'glossary.xhtml#nhs'],
    ['#chart-budget', 'training.xhtml', 'funding.xhtml#chart-budget'],
    ['#intro', 'training.xhtml', '#intro'],
    ['/report/data/figures.csv', 'funding.xhtml', 'https://example.org/report/data/figures.csv'],
    ['https://example.com/a', 'funding.xhtml', 'https://example.com/a'],
  ])('%s in %s goes to %s', (href, from, to) => expect(bookHref(href, from, links)).toBe(to));
});
