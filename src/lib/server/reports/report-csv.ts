import { stringify } from 'csv-stringify/sync';
import { m } from '$lib/paraglide/messages.js';
import type { ExportCell, ExportTable } from './report-export-tables';

/*
 * CSV for Excel in Germany: semicolons, decimal commas, CRLF and UTF-8 with a byte order mark — without the BOM
 * Excel reads UTF-8 as Windows-1252 ("Münster" → "MÃ¼nster"), and with commas it would split "2,5" into two
 * columns. Numbers have no thousands separator so Excel reads them as numbers.
 */
const OPTIONS = { delimiter: ';', bom: true, record_delimiter: 'windows' } as const;

function csvCell(value: ExportCell): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value).replace('.', ',');
	// Names come from people; a leading =, +, - or @ would run as a formula in Excel (CSV injection).
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One table as CSV: the header row, then its rows. */
export function renderTableCsv(table: ExportTable): string {
	return stringify([table.columns.map((c) => c.header), ...table.rows.map((row) => row.map(csvCell))], OPTIONS);
}

/**
 * All tables in one CSV: the first column names the table (its `?tabelle=` name), each table starts with its own
 * header row, and rows are padded to the widest table so that every record has the same number of fields.
 */
export function renderAllTablesCsv(tables: ExportTable[]): string {
	const width = 1 + Math.max(...tables.map((t) => t.columns.length));
	const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
	const records: string[][] = [];
	for (const table of tables) {
		records.push(pad([m.rep_export_csv_col_table({}, { locale: 'de' }), ...table.columns.map((c) => c.header)]));
		for (const row of table.rows) records.push(pad([table.name, ...row.map(csvCell)]));
	}
	return stringify(records, OPTIONS);
}
