/**
 * Finds numbers typed into text instead of coming from data/stats.yaml. The report's rule is one
 * source of truth: every finding is shown by `<Stat id>` (or a chart) so that changing data/ changes the
 * book. Years, calendar dates and ages ("aged 18 and over") may be typed; percentages, counts,
 * "eight in 10", "two-thirds" and "1.7 million" may not. Pure, so the build test and the key findings
 * schema share it.
 */

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';

/**
 * Text that may hold digits without being a finding: dates ("5 to 8 July 2024"), years, and ages that define a
 * population ("aged 18 and over").
 */
const ALLOWED = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:to|and|-|–)\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b)`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`, 'g'),
  /\b(?:19|20)\d{2}\b/g,
  /\baged\s+\d{1,3}(?:\+|\s+(?:and|or)\s+over\b)?/gi,
];

/**
 * What counts as a stat once dates and years are set aside. One alternation, longest forms first, so
 * "eight in 10" is one finding rather than "eight in 10" and "10".
 */
const STAT_LIKE = new RegExp(
  [
    `\\b${NUMBER_WORD}\\s+in\\s+(?:10|ten|a hundred)\\b`,
    `\\b${NUMBER_WORD}[-\\s](?:halves|thirds?|quarters?|fifths?|tenths?)\\b`,
    `\\b${NUMBER_WORD}(?:[-\\s]${NUMBER_WORD})*\\s+(?:hundred|thousand|million|billion)\\b`,
    '\\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b',
    '\\d[\\d,.]*(?:\\s*(?:%|per ?cent\\b|million\\b|billion\\b|thousand\\b))?',
    '\\bper ?cent\\b',
  ].join('|'),
  'gi',
);

/** A typed stat found in text, with the words around it so an editor can find it. */
export interface StrayStat {
  /** The stat as typed, e.g. "36%" or "eight in 10". */
  stat: string;
  /** Up to 40 characters either side. */
  context: string;
}

/** Every stat-like expression in `text` that is not a year or a date, in order of appearance. */
export function findStrayStats(text: string): StrayStat[] {
  const flat = text.replace(/\s+/g, ' ');
  // Blank out what is allowed (keeping offsets), so "8 July" cannot be read as the stat "8".
  const masked = ALLOWED.reduce((s, pattern) => s.replace(pattern, (m) => ' '.repeat(m.length)), flat);
  return [...masked.matchAll(STAT_LIKE)].map((match) => ({
    stat: match[0].trim(),
    context: flat.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).trim(),
  }));
}
