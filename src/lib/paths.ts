/** Internal links that keep working when the site is served under a sub-path (astro `base`). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The site-relative address of `path`, e.g. url('about-the-research/') → '/report/about-the-research/'. */
export const url = (path = ''): string => base + path.replace(/^\//, '');

/** A chapter's address. */
export const chapterUrl = (id: string): string => url(`${id}/`);
