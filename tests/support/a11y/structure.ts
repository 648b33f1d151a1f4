/**
 * Headings and language, as a screen reader meets them: one h1, no skipped levels (WCAG 1.3.1, 2.4.6),
 * a valid lang on <html> (3.1.1) and on any passage written in another language (3.1.2).
 */
import type { Page } from 'playwright-core';
import type { RawFinding } from './in-page.ts';

/**
 * Short function words that are common in one language and rare in English prose, for the languages a UK
 * public report is most likely to quote (Welsh above all, for NHS Wales). A passage made mostly of
 * these, with no lang of its own, is read aloud with English pronunciation.
 */
export const FOREIGN_WORDS = {
  cy: [
    'yr',
    'yn',
    'mae',
    'gyda',
    'sydd',
    'wedi',
    'ac',
    'hefyd',
    'ond',
    'eich',
    'ein',
    'bod',
    'chi',
    'ni',
    'iechyd',
    'cymru',
    'gwasanaeth',
    'y',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'est',
    'et',
    'une',
    'pour',
    'dans',
    'qui',
    'avec',
    'sur',
    'sont',
    'cette',
    'aux',
  ],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'eine', 'für', 'auf', 'dem', 'sich', 'von', 'auch', 'wir'],
  es: ['el', 'los', 'las', 'del', 'que', 'es', 'por', 'con', 'para', 'una', 'como', 'más', 'pero', 'su'],
};
const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'to',
  'is',
  'in',
  'that',
  'it',
  'for',
  'was',
  'on',
  'are',
  'with',
  'as',
  'by',
  'this',
  'be',
  'at',
  'from',
  'or',
  'an',
  'have',
  'not',
  'they',
  'which',
  'their',
  'we',
  'has',
];

export function checkStructure(page: Page, expectedLang: string): Promise<RawFinding[]> {
  return page.evaluate(
    ([expectedLang, foreign, english]) => {
      const { finding } = window.__a11y;
      const found: RawFinding[] = [];
      const html = document.documentElement;
      const lang = html.getAttribute('lang') ?? '';
      if (lang !== expectedLang)
        found.push(
          finding('html-lang', html, `<html lang="${lang}"> should be "${expectedLang}", the book's language`),
        );
      for (const el of document.querySelectorAll('[lang]')) {
        try {
          Intl.getCanonicalLocales(el.getAttribute('lang')!);
        } catch {
          found.push(finding('lang-valid', el, `lang="${el.getAttribute('lang')}" is not a valid language tag`));
        }
      }
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
        (h) => h.checkVisibility() || window.__a11y.visuallyHidden(h),
      );
      const ones = headings.filter((h) => h.tagName === 'H1');
      if (ones.length !== 1)
        found.push(
          finding('one-h1', ones[1] ?? document.body, `the page has ${ones.length} h1 headings; it needs exactly one`),
        );
      let level = 0;
      for (const h of headings) {
        const next = Number(h.tagName[1]);
        if (next > level + 1)
          found.push(
            finding(
              'heading-level-skipped',
              h,
              `an h${next} follows ${level ? `an h${level}` : 'the start of the page'}: heading levels must not skip`,
            ),
          );
        level = next;
      }
      // Passages in another language: paragraph-level blocks whose words are mostly another language's.
      const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
      for (const block of document.querySelectorAll(
        'p, li, blockquote, td, th, dd, dt, figcaption, h1, h2, h3, h4, h5, h6, caption',
      )) {
        // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as shown (CSS hides some)
        const ws = words((block as HTMLElement).innerText ?? block.textContent ?? '');
        if (ws.length < 5) continue;
        const own = (block.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0];
        if (own !== expectedLang.split('-')[0]) continue;
        const en = ws.filter((w) => english.includes(w)).length;
        for (const [code, list] of Object.entries(foreign)) {
          const hits = ws.filter((w) => list.includes(w)).length;
          if (hits >= 3 && hits > 2 * en) {
            found.push(
              finding(
                'passage-lang-missing',
                block,
                `this passage reads as language "${code}" (${hits} of its ${ws.length} words are common ` +
                  `${code} words) but has no lang="${code}"`,
              ),
            );
            break;
          }
        }
      }
      return found;
    },
    [expectedLang, FOREIGN_WORDS, ENGLISH_WORDS] as const,
  );
}
