import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from '../statements/woff-to-sfnt';
import type { ExportCell, ExportTable } from './report-export-tables';

/*
 * Drawing helpers of the funder report PDF: fonts, tagged text, horizontal bar charts and tables. Every element is
 * wrapped in a structure element (H1, P, Figure, Table …) so screen readers get headings, alternative texts for
 * the charts and table cells with headers; page furniture is marked as an artifact.
 */

const require = createRequire(import.meta.url);
// The statements' font: Noto Sans covers names like "Hürth" and "Yılmaz"; TrueType is laid out much faster than WOFF.
const FONT_FILES = {
	regular: require.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff'),
	bold: require.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Bold.woff')
};
let fonts: { regular: Buffer; bold: Buffer } | null = null;
export function registerFonts(doc: PDFKit.PDFDocument) {
	fonts ??= { regular: woffToSfnt(readFileSync(FONT_FILES.regular)), bold: woffToSfnt(readFileSync(FONT_FILES.bold)) };
	doc.registerFont('regular', fonts.regular);
	doc.registerFont('bold', fonts.bold);
}

export const MARGIN = 50;
export const FOOTER_SPACE = 30;
const BAR_COLOUR = '#26508a';
const TEXT_COLOUR = '#000000';

export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - 2 * MARGIN;
const bottom = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

/** A new page when fewer than `height` points are left, so a heading never ends a page alone. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
	if (doc.y + height > bottom(doc)) doc.addPage();
	doc.x = MARGIN;
}

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
/** German number text: 1.234 and 12,5. */
export function formatNumber(value: number | null): string {
	return value === null ? '–' : numberFormat.format(value);
}

function tag(doc: PDFKit.PDFDocument, type: string, draw: () => void, options: Record<string, unknown> = {}) {
	doc.addStructure(doc.struct(type, options, draw));
}

export function heading(doc: PDFKit.PDFDocument, level: 1 | 2 | 3, text: string) {
	const size = { 1: 22, 2: 16, 3: 12 }[level];
	ensureSpace(doc, size * 4);
	if (level < 3) doc.moveDown(0.4);
	tag(doc, `H${level}`, () => doc.font('bold').fontSize(size).fillColor(TEXT_COLOUR).text(text, MARGIN, doc.y, { width: contentWidth(doc) }));
	doc.moveDown(0.3);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string, { size = 10, bold = false } = {}) {
	tag(doc, 'P', () => doc.font(bold ? 'bold' : 'regular').fontSize(size).fillColor(TEXT_COLOUR).text(text, MARGIN, doc.y, { width: contentWidth(doc) }));
	doc.moveDown(0.4);
}

export interface Bar {
	label: string;
	value: number;
	/** Printed after the bar; the number itself when absent. */
	valueLabel?: string;
}

const BAR_HEIGHT = 11;
const ROW_HEIGHT = 17;

/**
 * A horizontal bar chart: label, bar, value. Every bar has the same colour and its value printed beside it, so
 * nothing is said by colour alone; the bars are a Figure with the description as alternative text.
 */
export function barChart(doc: PDFKit.PDFDocument, { title, description, bars, emptyText }: { title: string; description: string; bars: Bar[]; emptyText: string }) {
	ensureSpace(doc, 60 + Math.min(bars.length, 6) * ROW_HEIGHT);
	heading(doc, 3, title);
	paragraph(doc, description, { size: 9 });
	if (bars.length === 0 || bars.every((b) => b.value === 0)) {
		paragraph(doc, emptyText, { size: 9 });
		return;
	}
	const labelWidth = 180;
	const valueWidth = 80;
	const barLeft = MARGIN + labelWidth + 6;
	const barSpace = contentWidth(doc) - labelWidth - 6 - valueWidth;
	const max = Math.max(...bars.map((b) => b.value));
	const alt = `${title}: ${bars.map((b) => `${b.label} ${b.valueLabel ?? formatNumber(b.value)}`).join('; ')}`;
	tag(
		doc,
		'Figure',
		() => {
			for (const bar of bars) {
				doc.font('regular').fontSize(8.5);
				const labelHeight = doc.heightOfString(bar.label, { width: labelWidth });
				const rowHeight = Math.max(ROW_HEIGHT, labelHeight + 4);
				if (doc.y + rowHeight > bottom(doc)) doc.addPage();
				const top = doc.y;
				doc.fillColor(TEXT_COLOUR).text(bar.label, MARGIN, top + 1, { width: labelWidth, align: 'right' });
				const length = max > 0 ? (bar.value / max) * barSpace : 0;
				if (length > 0) doc.rect(barLeft, top + 1, Math.max(length, 1.5), BAR_HEIGHT).fill(BAR_COLOUR);
				doc.fillColor(TEXT_COLOUR).text(bar.valueLabel ?? formatNumber(bar.value), barLeft + length + 4, top + 1, { width: valueWidth, lineBreak: false });
				// The axis the bars start from, drawn per row so that a chart broken over two pages stays right.
				doc.lineWidth(0.5).strokeColor('#555555').moveTo(barLeft, top).lineTo(barLeft, top + rowHeight).stroke();
				doc.y = top + rowHeight;
			}
		},
		{ alt }
	);
	doc.x = MARGIN;
	doc.moveDown(0.8);
}

const cellText = (value: ExportCell) => (value === null ? '–' : typeof value === 'number' ? formatNumber(value) : value);

/** A table with a header row (TH) and numbers aligned right; pdfkit tags rows and cells and breaks pages. */
export function dataTable(doc: PDFKit.PDFDocument, table: ExportTable, { emptyText, withHeading = true }: { emptyText: string; withHeading?: boolean }) {
	ensureSpace(doc, 90);
	if (withHeading) heading(doc, 3, table.title);
	if (table.rows.length === 0) {
		paragraph(doc, emptyText, { size: 9 });
		return;
	}
	const totalWidth = table.columns.reduce((sum, c) => sum + c.width, 0);
	const align = (i: number): 'left' | 'right' => (table.columns[i].kind === 'text' ? 'left' : 'right');
	const section = doc.struct('Sect');
	doc.addStructure(section);
	doc.font('regular').fontSize(8.5).fillColor(TEXT_COLOUR);
	const options: PDFKit.Mixins.TableOptionsWithData = {
		position: { x: MARGIN, y: doc.y },
		maxWidth: contentWidth(doc),
		columnStyles: table.columns.map((c) => ({ width: (c.width / totalWidth) * contentWidth(doc) })),
		defaultStyle: { border: { bottom: 0.4, top: 0, left: 0, right: 0 }, borderColor: '#999999', padding: { top: 3, bottom: 3, left: 3, right: 3 } },
		data: [
			table.columns.map((c, i) => ({ text: c.header, type: 'TH' as const, font: { src: 'bold' }, align: { x: align(i), y: 'bottom' as const }, border: { bottom: 1 }, borderColor: '#000000' })),
			...table.rows.map((row) => row.map((value, i) => ({ text: cellText(value), align: { x: align(i) } })))
		]
	};
	// structParent is not in @types/pdfkit: it attaches the table's structure (Table/TR/TH/TD) to the document.
	doc.table({ ...options, structParent: section } as PDFKit.Mixins.TableOptionsWithData);
	section.end();
	doc.x = MARGIN;
	doc.moveDown(1);
}

/** Page numbers on every page, marked as an artifact (page furniture, not content). */
export function writeFooters(doc: PDFKit.PDFDocument, text: (page: number, pages: number) => string) {
	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		// Writing below the bottom margin would open a new page, so the footer lifts it for a moment.
		const margin = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		doc.font('regular').fontSize(8).fillColor('#333333');
		doc.text(text(i + 1, range.count), MARGIN, doc.page.height - MARGIN + 10, { width: contentWidth(doc), align: 'center', lineBreak: false });
		doc.endMarkedContent();
		doc.page.margins.bottom = margin;
	}
}
