/**
 * A report's text written as a real Word document (the docx package): each paragraph a Word
 * paragraph with its printed number, each table a Word table with one cell per cell.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { readText } from "../../src/report";

export async function wordDocument(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const block of readText(text).blocks) {
    if (block.kind === "paragraph") {
      children.push(
        new Paragraph({ text: block.number ? `${block.number} ${block.text}` : block.text })
      );
      continue;
    }
    if (block.title) children.push(new Paragraph({ text: block.title }));
    const width = Math.max(...block.rows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (row) =>
            new TableRow({
              children: Array.from(
                { length: width },
                (_, i) => new TableCell({ children: [new Paragraph({ text: row[i] ?? "" })] })
              ),
            })
        ),
      })
    );
  }
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
