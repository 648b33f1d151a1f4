import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberStructIds, stableIds } from './struct-ids.ts';

/** A document tagged as Chromium tags a table: header cells with DOM-node ids, a data cell naming them. */
async function taggedTable(firstNode: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const { context } = doc;
  const node = (n: number) => PDFString.of(`node${String(firstNode + n).padStart(8, '0')}`);
  const th = [0, 1].map((n) => context.register(context.obj({ S: 'TH', ID: node(n) })));
  const td = context.register(context.obj({ S: 'TD', A: [{ O: 'Table', Headers: [node(0), node(1)] }] }));
  const idTree = context.register(context.obj({ Names: [node(0), th[0]!, node(1), th[1]!], Limits: [node(0), node(1)] }));
  const table = context.register(context.obj({ S: 'Table', K: [...th, td] }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: [table], IDTree: idTree })));
  renumberStructIds(doc);
  return doc.save({ useObjectStreams: false });
}

describe('struct element ids', () => {
  it('numbers ids in their old order, at one width, so a name tree stays sorted', () => {
    expect([...stableIds(['node00000200', 'node00000191', 'node00000193', 'node00000191']).values()]).toEqual(['id00001', 'id00002', 'id00003']);
    expect(stableIds(['node00000200', 'node00000191']).get('node00000200')).toBe('id00002');
  });

  it('gives the same bytes however far the browser had counted its nodes', async () => {
    const [early, late] = await Promise.all([taggedTable(191), taggedTable(5000)]);
    expect(Buffer.compare(early, late)).toBe(0);
    const text = Buffer.from(early).toString('latin1');
    expect(text).toContain('/ID (id00001)');
    expect(text).toContain('/Headers [ (id00001) (id00002) ]');
    expect(text).toMatch(/\/Names \[ \(id00001\) \d+ 0 R \(id00002\) \d+ 0 R \]/);
    expect(text).not.toContain('(node');
  });
});
