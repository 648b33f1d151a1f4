/**
 * Pagefind's own search client (the site's pagefind/pagefind.js) run in Node on a built site's folder:
 * it fetches its index and WebAssembly next to itself, so fetch is pointed at the files for the call.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** The addresses (relative to the site) of the pages Pagefind finds for `query` in the site at `dir`. */
export async function searchSite(dir: string, query: string): Promise<string[]> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => {
    const file = fileURLToPath(new URL(String(url)));
    return new Response(await readFile(file), {
      headers: { 'content-type': file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' },
    });
  };
  try {
    const pagefind = (await import(
      /* @vite-ignore */ pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href
    )) as Pagefind;
    const found = await pagefind.search(query);
    // Pagefind prefixes each address with the folder it was loaded from ("/file:/.../dist/funding/"): keep the site's
    // part.
    return Promise.all(
      found.results.map(async (r) => {
        const url = (await r.data()).url;
        return url.includes(dir) ? url.slice(url.indexOf(dir) + dir.length) : url;
      }),
    );
  } finally {
    globalThis.fetch = realFetch;
  }
}
