/**
 * The search page's behaviour (the only script the site ships). Its form is shown by CSS when scripts run; this loads
 * Pagefind (its index and WebAssembly engine, under /pagefind/) only when the reader first types or
 * arrives with ?q=. Results are a list of links with excerpts; the count goes to a polite live region.
 */
import { excerptParts, resultCount } from './excerpt.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | undefined;
/** Imports Pagefind once, on first use. The address is built at run time so the bundler leaves it be. */
function loadPagefind(): Promise<Pagefind> {
  return (pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: BASE, excerptLength: 24, excerptEllipsis: '…' });
    return module;
  }));
}

function resultItem(title: string, href: string, excerpt: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = Object.assign(document.createElement('a'), {
    href,
    className: 'search-result__link',
    textContent: title,
  });
  const text = document.createElement('p');
  text.className = 'search-result__excerpt';
  for (const part of excerptParts(excerpt)) {
    text.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
  }
  item.append(link, text);
  return item;
}

/** Wires up the search page: `root` holds the form, the live region and the result list. */
export function startSearch(root: HTMLElement, fallback: HTMLElement | null): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  // An empty list stays hidden: screen readers would announce "list, 0 items", and axe cannot tell
  // whether an empty role=list is finished (aria-required-children).
  const show = (items: HTMLLIElement[]) => {
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  };

  let latest = 0;
  async function run(query: string, wait: number): Promise<void> {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      show([]);
      status.textContent = '';
      return;
    }
    try {
      const search = await (await loadPagefind()).debouncedSearch(query, {}, wait);
      if (!search || ticket !== latest) return; // a newer query is on its way
      const pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      show(pages.map((p) => resultItem(p.meta.title ?? p.url, p.url, p.excerpt)));
      status.textContent = resultCount(search.results.length, query);
    } catch (error) {
      console.error(error);
      status.textContent = 'Search could not load. Every chapter is listed below instead.';
      fallback?.classList.add('search-fallback--shown');
    }
  }

  input.addEventListener('input', () => void run(input.value, 250));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, 0);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial, 0);
  }
}
