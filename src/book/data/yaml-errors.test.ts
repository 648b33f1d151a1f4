import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-file.ts';

const errorIn = (text: string) => {
  try {
    parseYaml(text, 'data/x.yaml');
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
  throw new Error('expected a YAML error');
};

describe('YAML errors in plain words', () => {
  it('points an unclosed quote at the line that opens it, not the end of the file', () => {
    expect(errorIn('- id: a\n  label: "unclosed\n  value: 50\n- id: b\n  value: 2\n')).toBe(
      'data/x.yaml:2: this file is not valid YAML: a quotation mark or bracket is opened and ' +
        'never closed (Missing closing "quote).',
    );
  });

  it.each([
    [
      '- id: a\n  value 50\n  unit: x\n',
      'data/x.yaml:2: this file is not valid YAML: a line is missing the ":" between a field name and its value',
    ],
    [
      '- id: a\n  title: Funding: where it goes\n',
      'data/x.yaml:2: this file is not valid YAML: a value contains ": ", which YAML reads as ' +
        'a second field; put the value in quotes',
    ],
  ])('explains %j', (text, message) => expect(errorIn(text)).toContain(message));
});
