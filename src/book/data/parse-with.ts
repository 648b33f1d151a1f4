/**
 * Checks one parsed YAML value against its schema; the first zod issue becomes an editor-facing error at
 * the field's line. Its own module so every reader of data/ (load.ts and the files it reads) can use it
 * without importing the loader back.
 */
import type { z } from 'astro/zod';
import { BookError } from '../../lib/book-error.ts';
import type { YamlFile } from './yaml-file.ts';

/** Validates `value` against `schema`, turning the first zod issue into an editor-facing error. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  src: YamlFile,
  path: PropertyKey[],
  what: string,
  fieldHelp = 'the comment at the top of the file says what each field takes.',
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const full = [...path, ...issue.path];
  const id = (value as { id?: unknown } | undefined)?.id;
  const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
  throw new BookError(
    {
      file: src.file,
      line: src.lineOf(full),
      id: typeof id === 'string' ? id : undefined,
      field: unknownKey ?? (field || undefined),
    },
    unknownKey
      ? `${what} has a field this project does not know: ${unknownKey}.`
      : `${what} ${field ? `field "${field}" ` : ''}${issue.message}.`,
    unknownKey
      ? `remove it or correct its spelling; ${fieldHelp}`
      : `correct ${field || 'the entry'} in ${src.file}; ${fieldHelp}`,
  );
}
