/**
 * The one CSV writer of the site's downloads (a chart's data, every stat): RFC 4180 text, fields
 * quoted where needed by d3-dsv, CRLF line ends, a final line end.
 */
import { csvFormatRow } from 'd3-dsv';

/** The CSV text of `rows`, the first being the header. */
export const csvText = (rows: readonly (readonly (string | number)[])[]): string =>
  `${rows.map((row) => csvFormatRow(row.map(String))).join('\r\n')}\r\n`;
