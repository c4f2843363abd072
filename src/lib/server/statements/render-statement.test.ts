import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildStatement, type StatementEntry } from './build-statement';
import { renderStatementCsv } from './render-statement-csv';
import { renderStatementPdf } from './render-statement-pdf';

const rates = [{ validFrom: '2026-01-01', hourlyCents: 5000, kilometreCents: 30 }];
const entry = (id: string, workDate: string, over: Partial<StatementEntry> = {}): StatementEntry => ({
	id,
	workDate,
	minutes: 150,
	kilometres: 84,
	expensesCents: 1290,
	activity: 'session',
	consultationId: 'c1',
	consultationReference: 'MG-2026-0006',
	...over
});
const ayse = buildStatement({
	advisor: { id: 'a', name: 'Ayşe Yılmaz', email: 'ayse@test.miglobe.de' },
	month: '2026-11',
	rates,
	entries: [entry('1', '2026-11-03'), entry('2', '2026-11-12', { minutes: 20, kilometres: 0, expensesCents: 0, activity: 'follow_up' })]
});
const samuel = buildStatement({
	advisor: { id: 's', name: 'Samuel Mensah', email: 'beratung@test.miglobe.de' },
	month: '2026-11',
	rates,
	entries: [entry('3', '2026-11-20', { minutes: 60, kilometres: 0, expensesCents: 0, consultationReference: '=HYPERLINK("x")' })]
});

async function pdfText(pdf: Buffer) {
	const doc = await getDocumentProxy(new Uint8Array(pdf));
	const { text, totalPages } = await extractText(doc, { mergePages: true });
	const meta = await getMeta(doc);
	return { text: text.replace(/\s+/g, ' '), totalPages, meta };
}

describe('renderStatementPdf', () => {
	it('writes extractable German text: heading, a Unicode name, hours and totals, rates, page numbers, metadata', async () => {
		const pdf = await renderStatementPdf([ayse], { now: new Date('2026-12-02T09:00:00Z') });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const { text, totalPages, meta } = await pdfText(pdf);
		expect(totalPages).toBe(1);
		expect(text).toContain('Honorarabrechnung November 2026');
		expect(text).toContain('Ayşe Yılmaz');
		expect(text).toContain('Zeitraum: 01.11.2026 bis 30.11.2026');
		expect(text).toContain('Nachbereitung');
		expect(text).toContain('2,83'); // 170 minutes
		expect(text).toContain('141,67 €'); // 125,00 + 16,67
		expect(text).toContain('179,77 €'); // + 25,20 km + 12,90 expenses
		expect(text).toContain('gültig ab 01.01.2026: 50,00 € je Stunde, 0,30 € je Kilometer');
		expect(text).toContain('Erstellt am 02.12.2026');
		expect(text).toContain('Seite 1 von 1');
		expect(meta.info.Title).toBe('Honorarabrechnung November 2026 – Ayşe Yılmaz');
		expect(meta.info.Language).toBe('de-DE');
		expect(pdf.toString('latin1')).toMatch(/\/Lang \(de-DE\)/);
	});

	it('puts every advisor of the month into one file, each from a new page', async () => {
		const { text, totalPages } = await pdfText(await renderStatementPdf([ayse, samuel]));
		expect(totalPages).toBe(2);
		expect(text).toContain('Ayşe Yılmaz');
		expect(text).toContain('Samuel Mensah');
		expect(text).toContain('Seite 2 von 2');
	});

	it('breaks long months over pages and repeats the table head', async () => {
		const many = buildStatement({
			advisor: samuel.advisor,
			month: '2026-11',
			rates,
			entries: Array.from({ length: 80 }, (_, i) => entry(`m${i}`, `2026-11-${String((i % 28) + 1).padStart(2, '0')}`))
		});
		const { text, totalPages } = await pdfText(await renderStatementPdf([many]));
		expect(totalPages).toBeGreaterThan(1);
		expect(text.match(/Tätigkeit/g)!.length).toBe(totalPages);
		expect(text).toContain(`Seite ${totalPages} von ${totalPages}`);
	});
});

describe('renderStatementCsv', () => {
	it('is UTF-8 with BOM, semicolons and decimal commas, one row per entry and a total row', () => {
		const csv = renderStatementCsv([ayse, samuel]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows: string[][] = parse(csv, { delimiter: ';', bom: true });
		expect(rows[0]).toEqual([
			'Berater*in',
			'Datum',
			'Beratung',
			'Tätigkeit',
			'Stunden',
			'km',
			'Stundensatz',
			'Satz je km',
			'Honorar',
			'Fahrtkosten',
			'Auslagen',
			'Summe',
			'Hinweis'
		]);
		expect(rows[1]).toEqual(['Ayşe Yılmaz', '03.11.2026', 'MG-2026-0006', 'Termin vor Ort oder online', '2,50', '84', '50,00', '0,30', '125,00', '25,20', '12,90', '163,10', '']);
		expect(rows[3]).toEqual(['Ayşe Yılmaz', 'Summe', '', '', '2,83', '84', '', '', '141,67', '25,20', '12,90', '179,77', '']);
		expect(rows).toHaveLength(1 + 3 + 2);
		// A reference that looks like a formula is neutralised for Excel.
		expect(rows[4][2]).toBe(`'=HYPERLINK("x")`);
	});

	it('leaves amounts of entries without a rate empty and says why', () => {
		const unrated = buildStatement({ advisor: samuel.advisor, month: '2025-12', rates, entries: [entry('x', '2025-12-05')] });
		const rows: string[][] = parse(renderStatementCsv([unrated]), { delimiter: ';', bom: true });
		expect(rows[1].slice(8)).toEqual(['', '', '12,90', '', 'kein gültiger Satz']);
		expect(rows[2][11]).toBe('0,00');
		expect(rows[2][12]).toMatch(/^Einträge ohne gültigen Honorarsatz am Arbeitstag: 1\./);
	});
});

describe('woffToSfnt', () => {
	it('turns the shipped WOFF into a TrueType font with the same tables', async () => {
		const { readFileSync } = await import('node:fs');
		const { createRequire } = await import('node:module');
		const { woffToSfnt } = await import('./woff-to-sfnt');
		const woff = readFileSync(createRequire(import.meta.url).resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff'));
		const ttf = woffToSfnt(woff);
		expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
		expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
		expect(ttf.length).toBeGreaterThan(woff.length);
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/);
	});
});
