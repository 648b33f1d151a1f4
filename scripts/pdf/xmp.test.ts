import { describe, expect, it } from 'vitest';
import { xmpPacket } from './xmp.ts';

const meta = {
  title: 'Health & Safety <2025>', author: 'BT Health', subject: 'A report', lang: 'en-GB', date: '2025-02-27',
  creator: 'report build', producer: 'Skia/PDF',
};

describe('XMP packet', () => {
  const xmp = xmpPacket(meta);

  it('declares PDF/UA-1 and the language', () => {
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
  });

  it('dates the document by the edition, not the clock', () => {
    expect(xmp.match(/<xmp:\w+Date>([^<]+)</g)).toEqual([
      '<xmp:CreateDate>2025-02-27T00:00:00Z<', '<xmp:ModifyDate>2025-02-27T00:00:00Z<', '<xmp:MetadataDate>2025-02-27T00:00:00Z<',
    ]);
    expect(xmpPacket(meta)).toBe(xmp);
  });

  it('escapes the title so any title gives well-formed XML', () => {
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Health &amp; Safety &lt;2025&gt;</rdf:li>');
  });
});
