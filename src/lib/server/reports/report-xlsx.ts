import writeXlsxFile from 'write-excel-file/node';
import type { ExportCell, ExportColumn, ExportTable } from './report-export-tables';

type XlsxCell = { value: string | number; type?: typeof String | typeof Number; fontWeight?: 'bold'; format?: string; wrap?: boolean } | null;

// Codes like AGS "05711000" must stay text, or Excel drops the leading zero; "@" declares the cell as text.
function cell(value: ExportCell, column: ExportColumn): XlsxCell {
	if (value === null) return null;
	if (typeof value === 'number') return { value, type: Number, format: column.kind === 'integer' ? '0' : '0.0#' };
	return { value, type: String, format: '@' };
}

/**
 * The report tables as one XLSX workbook: a sheet per table, bold and frozen header row, column widths from the
 * table definition, numbers as numbers (the spreadsheet program shows them with the reader's decimal separator).
 */
export async function renderReportXlsx(tables: ExportTable[]): Promise<Buffer> {
	const sheets = tables.map((table) => ({
		sheet: table.title.slice(0, 31),
		data: [
			table.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const, wrap: true })),
			...table.rows.map((row) => row.map((value, i) => cell(value, table.columns[i])))
		],
		columns: table.columns.map((c) => ({ width: c.width })),
		stickyRowsCount: 1
	}));
	// The typings describe one sheet's data loosely; the structure above is what the library documents.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const buffer = await writeXlsxFile(sheets as any).toBuffer();
	return Buffer.from(buffer);
}
