import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { m } from '$lib/paraglide/messages.js';
import { formatDateTime } from '$lib/format';
import type { Statement } from './build-statement';
import { presentStatement, type StatementView } from './present-statement';
import { monthLabel } from './month';
import { woffToSfnt } from './woff-to-sfnt';

const require = createRequire(import.meta.url);
// Noto Sans as WOFF: covers "Yılmaz", "Nguyễn" and the like; fontkit's subsetter crashes on the WOFF2 of Fira Sans.
const FONT_FILES = {
	regular: require.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff'),
	bold: require.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Bold.woff')
};
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
	fonts ??= { regular: woffToSfnt(readFileSync(FONT_FILES.regular)), bold: woffToSfnt(readFileSync(FONT_FILES.bold)) };
	return fonts;
}

const locale = 'de' as const;
const MARGIN = 45;
const FOOTER_SPACE = 40;

type Align = 'left' | 'right';
const COLUMNS: { key: keyof StatementView['lines'][number]; title: () => string; width: number; align: Align }[] = [
	{ key: 'date', title: () => m.stm_col_date({}, { locale }), width: 52, align: 'left' },
	{ key: 'reference', title: () => m.stm_col_consultation({}, { locale }), width: 70, align: 'left' },
	{ key: 'activity', title: () => m.stm_col_activity({}, { locale }), width: 88, align: 'left' },
	{ key: 'hours', title: () => m.stm_col_hours({}, { locale }), width: 42, align: 'right' },
	{ key: 'kilometres', title: () => m.stm_col_km({}, { locale }), width: 32, align: 'right' },
	{ key: 'honorarium', title: () => m.stm_col_honorarium({}, { locale }), width: 60, align: 'right' },
	{ key: 'allowance', title: () => m.stm_col_km_allowance({}, { locale }), width: 56, align: 'right' },
	{ key: 'expenses', title: () => m.stm_col_expenses({}, { locale }), width: 50, align: 'right' },
	{ key: 'total', title: () => m.stm_col_total({}, { locale }), width: 55, align: 'right' }
];

/**
 * The statements as one A4 PDF in German (the accounting document), each advisor starting on a new page: heading,
 * advisor, period, table of entries, totals, rates applied, creation time and page numbers. Real text in an embedded
 * font, so it can be searched, read aloud and extracted. Title and language are set in the metadata.
 */
export async function renderStatementPdf(statements: Statement[], { now = new Date() }: { now?: Date } = {}): Promise<Buffer> {
	if (statements.length === 0) throw new Error('renderStatementPdf needs at least one statement');
	const month = statements[0].month;
	const title = m.stm_doc_title({ month: monthLabel(month, locale) }, { locale });
	const doc = new PDFDocument({
		size: 'A4',
		margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
		bufferPages: true,
		autoFirstPage: false,
		lang: 'de-DE',
		displayTitle: true,
		info: {
			Title: statements.length === 1 ? `${title} – ${statements[0].advisor.name}` : title,
			Subject: m.stm_doc_subject({}, { locale }),
			Author: m.stm_doc_programme({}, { locale }),
			Creator: 'MiGlobe NRW'
		}
	});
	const { regular, bold } = loadFonts();
	doc.registerFont('regular', regular);
	doc.registerFont('bold', bold);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const generated = m.stm_doc_generated({ date: formatDateTime(now, locale) }, { locale });
	for (const statement of statements) writeStatement(doc, presentStatement(statement, locale), title, generated);

	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		// Writing below the bottom margin would open a new page, so the footer lifts it for a moment.
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.font('regular').fontSize(8).fillColor('#333333');
		doc.text(`${title} · ${m.stm_doc_page({ page: i + 1, pages: range.count }, { locale })}`, MARGIN, doc.page.height - MARGIN - 10, {
			width: doc.page.width - 2 * MARGIN,
			align: 'center',
			lineBreak: false
		});
		doc.page.margins.bottom = bottom;
	}
	doc.end();
	return done;
}

function writeStatement(doc: PDFKit.PDFDocument, view: StatementView, title: string, generated: string) {
	doc.addPage();
	const width = doc.page.width - 2 * MARGIN;
	doc.fillColor('#000000').font('regular').fontSize(9).text(m.stm_doc_programme({}, { locale }));
	doc.moveDown(0.5);
	doc.font('bold').fontSize(18).text(title);
	doc.moveDown(0.3);
	doc.font('regular').fontSize(10);
	doc.text(m.stm_doc_advisor({ name: view.advisor.name, email: view.advisor.email }, { locale }));
	doc.text(m.stm_doc_period({ from: view.period.from, to: view.period.to }, { locale }));
	doc.text(generated);
	doc.moveDown(0.5);
	doc.fontSize(9).text(m.stm_doc_basis({}, { locale }), { width });
	doc.moveDown(0.8);

	const header = () => row(doc, COLUMNS.map((c) => c.title()), 'bold', true);
	header();
	for (const line of view.lines) {
		const cells = COLUMNS.map((c) => String(line[c.key]));
		if (doc.y + rowHeight(doc, cells, 'regular') > doc.page.height - doc.page.margins.bottom) {
			doc.addPage();
			header();
		}
		row(doc, cells, 'regular', false);
	}
	const t = view.totals;
	row(doc, [m.stm_total_row({}, { locale }), '', '', t.hours, t.kilometres, t.honorarium, t.allowance, t.expenses, t.grandTotal], 'bold', true);
	doc.x = MARGIN;
	doc.moveDown(1);

	// Keep the totals together: rather a new page than a label on one page and its amount on the next.
	if (doc.y > doc.page.height - doc.page.margins.bottom - 190) doc.addPage();
	if (view.unratedNotice) {
		doc.font('bold').fontSize(10).text(view.unratedNotice, MARGIN, doc.y, { width });
		doc.moveDown(0.8);
	}
	doc.font('bold').fontSize(12).text(m.stm_totals_heading({}, { locale }), MARGIN, doc.y, { width });
	doc.moveDown(0.3);
	const totals: [string, string][] = [
		[m.stm_total_hours({}, { locale }), t.hours],
		[m.stm_total_honorarium({}, { locale }), t.honorarium],
		[m.stm_total_km({ km: t.kilometres }, { locale }), t.allowance],
		[m.stm_total_expenses({}, { locale }), t.expenses],
		[m.stm_total_grand({}, { locale }), t.grandTotal]
	];
	totals.forEach(([label, value], i) => {
		const bold = i === totals.length - 1;
		const y = doc.y;
		doc.font(bold ? 'bold' : 'regular').fontSize(10);
		doc.text(label, MARGIN, y, { width: 220, continued: false });
		doc.text(value, MARGIN + 220, y, { width: 100, align: 'right' });
	});
	doc.moveDown(1);
	if (view.rates.length > 0) {
		doc.font('bold').fontSize(12).text(m.stm_rates_used_heading({}, { locale }), MARGIN, doc.y, { width });
		doc.moveDown(0.3);
		doc.font('regular').fontSize(10);
		for (const rate of view.rates) doc.text(rate, MARGIN, doc.y, { width });
	}
	doc.moveDown(0.8);
	doc.font('regular').fontSize(8).text(m.stm_doc_rounding({}, { locale }), MARGIN, doc.y, { width });
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], font: 'regular' | 'bold'): number {
	doc.font(font).fontSize(8);
	return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: COLUMNS[i].width - 4 }))) + 6;
}

function row(doc: PDFKit.PDFDocument, cells: string[], font: 'regular' | 'bold', ruled: boolean) {
	const top = doc.y;
	const height = rowHeight(doc, cells, font);
	let x = MARGIN;
	cells.forEach((text, i) => {
		doc.text(text, x + 2, top + 3, { width: COLUMNS[i].width - 4, align: COLUMNS[i].align });
		x += COLUMNS[i].width;
	});
	const bottom = top + height;
	doc.lineWidth(ruled ? 0.8 : 0.3).strokeColor(ruled ? '#000000' : '#999999').moveTo(MARGIN, bottom).lineTo(x, bottom).stroke();
	doc.x = MARGIN;
	doc.y = bottom;
}
