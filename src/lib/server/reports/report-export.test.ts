import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { beforeAll, expect, it } from 'vitest';
import { createReportFixture } from '../testing/report-factories';
import { describeDb } from '../testing/test-db';
import { loadImpactReport } from './load-impact-report';
import { renderAllTablesCsv, renderTableCsv } from './report-csv';
import { buildExportTables, type ExportCell, type ExportTable } from './report-export-tables';
import { renderReportPdf } from './report-pdf';
import type { ImpactReport } from './report-types';
import { renderReportXlsx } from './report-xlsx';

const NOW = new Date('2026-01-15T09:00:00Z');

async function pdfText(pdf: Buffer) {
	const doc = await getDocumentProxy(new Uint8Array(pdf));
	const { text, totalPages } = await extractText(doc, { mergePages: true });
	return { text: text.replace(/\s+/g, ' '), totalPages, meta: await getMeta(doc) };
}

const csvText = (cell: ExportCell) => (cell === null ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : cell);
const table = (tables: ExportTable[], name: string) => tables.find((t) => t.name === name)!;
/** The value of a key figure by its German label. */
const figure = (tables: ExportTable[], label: string) => table(tables, 'kennzahlen').rows.find((r) => r[0] === label)?.[1];

describeDb('funder report export (PDF, XLSX, CSV)', ({ db }) => {
	let report: ImpactReport;
	let tables: ExportTable[];
	beforeAll(async () => {
		await createReportFixture(db());
		report = await loadImpactReport(db(), { from: '2025-01-01', to: '2025-12-31' });
		tables = buildExportTables(report, {}, NOW);
	});

	it('turns the report into German tables whose figures are the report’s (known answers of the fixture)', () => {
		expect(tables.map((t) => t.name)).toEqual(['bericht', 'kennzahlen', 'status', 'regierungsbezirke', 'kreise', 'kommunen', 'themen', 'sdgs', 'phasen', 'zufriedenheit']);
		expect(figure(tables, 'Eingegangene Anfragen')).toBe(6);
		expect(figure(tables, 'Abgeschlossene Beratungen')).toBe(2);
		expect(figure(tables, 'Erreichte Kommunen')).toBe(3);
		expect(figure(tables, 'Anteil der erreichten NRW-Kommunen (%)')).toBe(60);
		expect(figure(tables, 'Beratungsstunden (freigegeben)')).toBe(7.5);
		expect(figure(tables, 'Teilnehmende')).toBe(77);
		expect(figure(tables, 'Maßnahmen geplant')).toBe(9);
		expect(figure(tables, 'Maßnahmen umgesetzt')).toBe(7);
		expect(figure(tables, 'Zufriedenheit der Kommunen (Mittelwert 1–5)')).toBe(3.67);
		expect(table(tables, 'status').rows).toContainEqual(['Abgeschlossen', 2]);
		expect(table(tables, 'regierungsbezirke').rows).toEqual([
			['051', 'Düsseldorf', 3, 1, 2, 50],
			['055', 'Münster', 3, 2, 3, 66.7]
		]);
		expect(table(tables, 'kommunen').rows).toEqual([
			['05566008', 'Emsdetten, Stadt', 'Steinfurt', 1],
			['05158016', 'Hilden, Stadt', 'Mettmann', 2],
			['05566076', 'Rheine, Stadt', 'Steinfurt', 1]
		]);
		expect(table(tables, 'sdgs').rows[0]).toEqual([10, 'Weniger Ungleichheiten', 2]);
		expect(table(tables, 'phasen').rows[4]).toEqual(['Im Dialog', 30, 3]);
		expect(table(tables, 'zufriedenheit').rows.map((r) => r[1])).toEqual([0, 1, 0, 1, 1]);
		expect(table(tables, 'bericht').rows).toContainEqual(['Zeitraum von', '01.01.2025']);
	});

	it('writes an XLSX whose every cell, read back by read-excel-file, equals the export tables', async () => {
		const xlsx = await renderReportXlsx(tables);
		expect(xlsx.subarray(0, 2).toString()).toBe('PK');
		const sheets = await readXlsxFile(xlsx);
		expect(sheets.map((s) => s.sheet)).toEqual(tables.map((t) => t.title));
		for (const [i, t] of tables.entries()) {
			const expected = [t.columns.map((c) => c.header), ...t.rows];
			expect(sheets[i].data, t.name).toEqual(expected);
		}
		// Numbers stay numbers and codes stay text with their leading zero.
		const regions = sheets.find((s) => s.sheet === 'Regierungsbezirke')!.data;
		expect(regions[1]).toEqual(['051', 'Düsseldorf', 3, 1, 2, 50]);
		expect(typeof sheets[1].data[1][1]).toBe('number');
	});

	it('writes each table as CSV for German Excel (BOM, semicolons, decimal commas), parsed back unchanged', () => {
		const csv = renderTableCsv(table(tables, 'kennzahlen'));
		expect(csv.startsWith('\uFEFFKennzahl;Wert\r\n')).toBe(true);
		expect(csv).toContain('Beratungsstunden (freigegeben);7,5\r\n');
		for (const t of tables) {
			const rows = parse(renderTableCsv(t), { delimiter: ';', bom: true }) as string[][];
			expect(rows, t.name).toEqual([t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(csvText))]);
		}
	});

	it('writes all tables into one CSV with the table name in the first column', () => {
		const rows = parse(renderAllTablesCsv(tables), { delimiter: ';', bom: true }) as string[][];
		const width = rows[0].length;
		expect(rows.every((r) => r.length === width)).toBe(true);
		for (const t of tables) {
			const own = rows.filter((r) => r[0] === t.name).map((r) => r.slice(1, 1 + t.columns.length));
			expect(own, t.name).toEqual(t.rows.map((r) => r.map(csvText)));
		}
		expect(rows.filter((r) => r[0] === 'Tabelle')).toHaveLength(tables.length);
		expect(rows).toContainEqual(['kennzahlen', 'Eingegangene Anfragen', '6', ...Array(width - 3).fill('')]);
	});

	it('neutralises text that Excel would run as a formula', () => {
		const hostile: ExportTable = { name: 'x', title: 'X', columns: [{ header: 'Kommune', kind: 'text', width: 10 }, { header: 'n', kind: 'integer', width: 5 }], rows: [['=HYPERLINK("http://x")', -1]] };
		expect(renderTableCsv(hostile)).toContain(`"'=HYPERLINK(""http://x"")";-1`);
	});

	it('writes a German PDF with title page, the key numbers, charts, tables, methods, page numbers and metadata', async () => {
		const pdf = await renderReportPdf(report, tables, { year: 2025, now: NOW });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const { text, totalPages, meta } = await pdfText(pdf);
		expect(totalPages).toBeGreaterThanOrEqual(4);
		expect(text).toContain('Wirkungsbericht 2025');
		expect(text).toContain('Berichtszeitraum: 01.01.2025 bis 31.12.2025');
		expect(text).toContain('Erstellt am 15.01.2026');
		expect(text).toMatch(/Eingegangene Anfragen 6 /);
		expect(text).toMatch(/Anteil der erreichten NRW-Kommunen \(%\) 60 /);
		expect(text).toMatch(/Beratungsstunden \(freigegeben\) 7,5 /);
		expect(text).toMatch(/Teilnehmende 77 /);
		expect(text).toContain('Beratungen nach Status');
		expect(text).toContain('2 von 3'); // reached municipalities of the Münster region, printed beside its bar
		expect(text).toContain('30 Tage (n = 3)');
		expect(text).toContain('SDG 10: Weniger Ungleichheiten');
		expect(text).toContain('Hilden, Stadt');
		expect(text).toContain('Methodik');
		expect(text).toContain('unter 3');
		expect(text).toContain(`Seite ${totalPages} von ${totalPages}`);
		expect(meta.info.Title).toBe('MiGlobe NRW – Wirkungsbericht 2025');
		expect(meta.info.Author).toBe('MiGlobe NRW');
		expect(meta.info.Language).toBe('de-DE');
		const raw = pdf.toString('latin1');
		expect(raw).toMatch(/\/MarkInfo << \/Marked true >>|\/Marked true/);
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toMatch(/\/S \/Figure/);
	});

	it('breaks a long table over pages with every row and page numbers', async () => {
		const many = tables.map((t) =>
			t.name === 'kommunen' ? { ...t, rows: Array.from({ length: 160 }, (_, i) => [`05${String(i).padStart(6, '0')}`, `Gemeinde ${i}`, 'Kreis Test', i]) } : t
		);
		const { text, totalPages } = await pdfText(await renderReportPdf(report, many, { year: 2025, now: NOW }));
		expect(totalPages).toBeGreaterThan(7);
		expect(text).toContain('Gemeinde 0 ');
		expect(text).toContain('05000159 Gemeinde 159 Kreis Test 159');
		expect(text).toContain(`Seite ${totalPages} von ${totalPages}`);
	});

	it('writes an empty year as a PDF with the notice and empty tables, not an error', async () => {
		const empty = await loadImpactReport(db(), { from: '2021-01-01', to: '2021-12-31' });
		const emptyTables = buildExportTables(empty, {}, NOW);
		const { text } = await pdfText(await renderReportPdf(empty, emptyTables, { year: 2021, now: NOW }));
		expect(text).toContain('keine Beratungen und keine freigegebenen Stunden');
		expect(text).toContain('Keine Daten für dieses Diagramm.');
		expect(text).toContain('Keine Einträge.');
		const sheets = await readXlsxFile(await renderReportXlsx(emptyTables));
		expect(sheets.find((s) => s.sheet === 'Erreichte Kommunen')!.data).toEqual([['AGS', 'Kommune', 'Kreis', 'Beratungen']]);
	});
});
