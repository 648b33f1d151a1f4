/**
 * The one kind of error an editor sees. Like Starlight's AstroError(message, hint), it says what is
 * wrong and what was received, then how to fix it, and where: file, line, item id and field.
 */
export interface BookErrorPlace {
  /** Path of the file at fault, relative to the project. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number;
  /** The id of the item at fault (a stat, chart or chapter). */
  id?: string;
  /** The field at fault, e.g. `value` or `sources[1]`. */
  field?: string;
}

export class BookError extends Error {
  override name = 'BookError';
  readonly place: BookErrorPlace;
  readonly problem: string;
  readonly hint: string;
  // Fields are declared, not parameter properties, so build scripts can run this file under plain Node.
  constructor(place: BookErrorPlace, problem: string, hint: string) {
    super(formatBookError(place, problem, hint));
    this.place = place;
    this.problem = problem;
    this.hint = hint;
    // The stack points into the build tooling, not the editor's file: leave it out of what is printed.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** `data/stats.yaml:12 — stat "x", field "value": is 140 … \n  Fix: …` */
export function formatBookError(place: BookErrorPlace, problem: string, hint: string): string {
  const where = place.line ? `${place.file}:${place.line}` : place.file;
  const what = [place.id && `"${place.id}"`, place.field && `field "${place.field}"`].filter(Boolean).join(', ');
  return `${where}${what ? ` (${what})` : ''}: ${problem}\n  Fix: ${hint}`;
}
