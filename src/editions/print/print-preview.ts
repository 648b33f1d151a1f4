/**
 * The print edition in the live preview: while `npm run dev` runs, the book's PDF and each chapter's are
 * served at their addresses in the built site, typeset on request from the book as it is now. Typst
 * compiles incrementally in this process, so a reload after a save shows where the pages break within
 * a fraction of a second, not a build later.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BookError } from '../../lib/book-error.ts';
import { currentBookIndex, type BookIndex } from '../../book/book-index/index.ts';
import { lintChapters } from '../../book/book-index/content-lint.ts';
import { getData } from '../../book/data/index.ts';
import { paths, withSlash } from '../../book/routes.ts';
import type { BookData } from '../../book/data/load.ts';
import { bookDocument, type BookDocument } from '../document/book-tree.ts';
import { makePdf, printSources } from './make-pdfs.ts';
import type { Paper } from './papers.ts';
import { forget } from './typeset.ts';

interface Version {
  doc: BookDocument;
  pdfs: Map<string, Uint8Array>;
}

// getData() and getBookIndex() hand back the same objects until a save replaces one, so what was made
// from a pair stays true as long as both live: a reload without a save costs nothing.
const versions = new WeakMap<BookData, WeakMap<BookIndex, Version>>();

function current(root: string): Version {
  const data = getData(root);
  // As the chapters on disk are now: the watcher can miss a quick second save.
  const index = currentBookIndex(root);
  let byIndex = versions.get(data);
  if (!byIndex) versions.set(data, (byIndex = new WeakMap()));
  let version = byIndex.get(index);
  if (!version) {
    // The checks the build makes before it prints: a chapter's mistake is reported as its pages report it.
    lintChapters(index, data);
    byIndex.set(index, (version = { doc: bookDocument(data, index), pdfs: new Map() }));
  }
  return version;
}

/**
 * The PDF at `path` under the site root (`pdf/<name>.pdf`) of the book at `root` as it is now, on `paper`;
 * undefined if the book has none there. Throws a BookError on the book's first mistake.
 */
export function previewPdf(root: string, paper: Paper, path: string): Uint8Array | undefined {
  const { doc, pdfs } = current(root);
  const key = `${paper} ${path}`;
  const known = pdfs.get(key);
  if (known) return known;
  const entry = printSources(doc, paper).find((s) => s.path === path);
  if (!entry) return undefined;
  const { bytes } = makePdf(doc, entry.source());
  // A long session compiles many versions: let Typst drop what the last few compiles did not use.
  forget();
  pdfs.set(key, bytes);
  return bytes;
}

type Next = (error?: unknown) => void;

/**
 * A dev-server middleware answering GET `<base>pdf/<name>.pdf` with the PDF made now; any other address
 * (an unknown name included) goes on to Astro. A mistake in the book answers 500 with its message, and
 * is handed to `report` for the terminal (once, however often it is asked for); the server keeps running.
 */
export function printPreview(
  book: { root: string; paper: Paper },
  base: string,
  report: (message: string) => void,
): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const under = withSlash(base);
  const prefix = `${under}${paths.pdfs}`;
  let reported: string | undefined;
  return (req, res, next) => {
    // Astro strips the base from req.url before this runs; Connect keeps the address asked for.
    const asked = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
    const path = asked.split(/[?#]/)[0]!;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.startsWith(prefix) || !path.endsWith('.pdf'))
      return next();
    let bytes: Uint8Array | undefined;
    try {
      bytes = previewPdf(book.root, book.paper, decodeURIComponent(path.slice(under.length)));
    } catch (error) {
      if (!(error instanceof BookError)) return next(error);
      if (error.message !== reported) report((reported = error.message));
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(`${error.message}\n`);
    }
    reported = undefined;
    if (!bytes) return next();
    // no-store: a reload after a save must ask again, never show the browser's copy.
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': bytes.byteLength,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}
