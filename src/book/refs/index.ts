/**
 * The cross-reference registry of the book being built: the book index's. Remark plugins check <Ref id>
 * against it while a chapter compiles; the Ref component reads it when the page renders.
 */
import { getBookIndex, readBookIndex } from '../book-index/index.ts';
import type { Referable } from './registry.ts';

export { NUMBERED_KINDS, type NumberedKind, type Referable } from './registry.ts';

/** Every referable thing in the book at `root`, by id. */
export const getRefs = (root: string): ReadonlyMap<string, Referable> => getBookIndex(root).refs;

/** The registry of the book at `root`. */
export const readRefs = (root: string): Map<string, Referable> => readBookIndex(root).refs;
