/**
 * The PDF's XMP metadata packet: the title, author, subject and language a library catalogue or a
 * screen reader reads, the edition's own date (never the clock), and the PDF/UA-1 identifier.
 */
import { escapeXml } from '../../src/lib/escape-xml.ts';

/** What the metadata says about a document. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  /** YYYY-MM-DD: creation, modification and metadata date alike. */
  date: string;
  creator: string;
  producer: string;
}


/** 2025-02-27 → 2025-02-27T00:00:00Z (XMP) */
export const xmpDate = (iso: string): string => `${iso}T00:00:00Z`;

/** The XMP packet, as UTF-8 text. */
export function xmpPacket(meta: DocumentMeta): string {
  const m = { ...meta };
  for (const key of Object.keys(m) as Array<keyof DocumentMeta>) m[key] = escapeXml(m[key]);
  const date = xmpDate(meta.date);
  return `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${m.title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${m.author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${m.subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${m.lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${m.creator}</xmp:CreatorTool>
   <pdf:Producer>${m.producer}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}
