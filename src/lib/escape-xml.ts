/** Text and attribute values escaped for XML (and HTML): the one escape of every hand-written SVG and XML file. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
