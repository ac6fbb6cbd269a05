import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// DejaVu covers Latin with every Polish and Czech letter and Cyrillic for Ukrainian.
const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const margin = 48;

/**
 * A small A4 layout kit for the paper forms the teams know (the work report,
 * the blank contact cards): headings, label–value rows, tables and lines to
 * write on. No personal data goes into the PDF's metadata.
 */
export class PaperForm {
  readonly doc: PDFKit.PDFDocument;
  private readonly width: number;

  constructor(title: string) {
    this.doc = new PDFDocument({ size: 'A4', margin, info: { Title: title, Producer: 'Kontakt', Creator: 'Kontakt' } });
    this.doc.registerFont('regular', regular);
    this.doc.registerFont('bold', bold);
    this.width = this.doc.page.width - margin * 2;
    this.doc.font('bold').fontSize(16).text(title);
    this.doc.moveDown(0.5);
  }

  heading(text: string) {
    this.ensureSpace(48);
    this.doc.moveDown(0.6).font('bold').fontSize(12).text(text).moveDown(0.2);
  }

  /** Label and value on one line, the label in a fixed column. */
  field(label: string, value: string) {
    this.ensureSpace(18);
    const y = this.doc.y;
    this.doc.font('bold').fontSize(9).text(label, margin, y, { width: 170 });
    const labelBottom = this.doc.y;
    this.doc
      .font('regular')
      .fontSize(10)
      .text(value, margin + 180, y, { width: this.width - 180 });
    this.doc.y = Math.max(this.doc.y, labelBottom);
    this.doc.x = margin;
  }

  /** A table with a header row; numbers right-aligned in every column after the first. */
  table(header: string[], rows: (string | number)[][], empty: string) {
    if (rows.length === 0) {
      this.doc.font('regular').fontSize(10).text(empty);
      return;
    }
    const first = this.width * 0.46;
    const rest = (this.width - first) / Math.max(1, header.length - 1);
    const widths = header.map((_, i) => (i === 0 ? first : rest));
    const line = (cells: (string | number)[], font: 'regular' | 'bold') => {
      this.ensureSpace(16);
      const y = this.doc.y;
      let x = margin;
      let bottom = y;
      cells.forEach((cell, i) => {
        this.doc
          .font(font)
          .fontSize(9)
          .text(String(cell), x, y, { width: (widths[i] ?? rest) - 6, align: i === 0 ? 'left' : 'right' });
        bottom = Math.max(bottom, this.doc.y);
        x += widths[i] ?? rest;
      });
      this.doc.y = bottom + 2;
      this.doc.x = margin;
    };
    line(header, 'bold');
    for (const row of rows) line(row, 'regular');
  }

  paragraph(text: string) {
    this.doc.font('regular').fontSize(10).text(text, { width: this.width });
  }

  /** Ruled lines to write on by hand, under a label. */
  writeIn(label: string, lines = 1) {
    this.ensureSpace(22 + lines * 20);
    this.doc.font('bold').fontSize(9).text(label).moveDown(0.2);
    for (let i = 0; i < lines; i++) {
      const y = this.doc.y + 14;
      this.doc
        .moveTo(margin, y)
        .lineTo(margin + this.width, y)
        .lineWidth(0.5)
        .strokeColor('#777')
        .stroke();
      this.doc.y = y + 6;
    }
    this.doc.moveDown(0.3);
  }

  /** Boxes to tick, in columns (catalogue items on a blank card). */
  checkboxes(label: string, options: string[]) {
    this.ensureSpace(30);
    this.doc.font('bold').fontSize(9).text(label).moveDown(0.2);
    const columns = 3;
    const colWidth = this.width / columns;
    for (let i = 0; i < options.length; i += columns) {
      this.ensureSpace(16);
      const y = this.doc.y;
      let bottom = y;
      options.slice(i, i + columns).forEach((option, c) => {
        const x = margin + c * colWidth;
        this.doc
          .rect(x, y + 1, 8, 8)
          .lineWidth(0.6)
          .strokeColor('#333')
          .stroke();
        this.doc
          .font('regular')
          .fontSize(8.5)
          .text(option, x + 12, y, { width: colWidth - 16 });
        bottom = Math.max(bottom, this.doc.y);
      });
      this.doc.y = bottom + 3;
      this.doc.x = margin;
    }
    this.doc.moveDown(0.3);
  }

  private ensureSpace(points: number) {
    if (this.doc.y + points > this.doc.page.height - margin) this.doc.addPage();
  }

  /** The finished PDF. */
  end(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
