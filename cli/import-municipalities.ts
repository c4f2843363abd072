import { readFileSync } from 'node:fs';
import { openAppContext } from '../src/lib/server/app-context';
import { parseGvCsv } from '../src/lib/server/municipalities/parse-gv-csv';
import { importMunicipalities } from '../src/lib/server/municipalities/import-municipalities';
import { REJECT_REASON_TEXT } from '../src/lib/server/municipalities/gv-records';
import type { Command } from './commands';

/** How a file that is not the directory extract is explained to the operator. */
function formatError(result: Exclude<ReturnType<typeof parseGvCsv>, { ok: true }>): string {
	if (result.error === 'missing_columns') {
		return `This is not the Destatis Gemeindeverzeichnis extract: missing columns ${result.columns.join(', ')}.`;
	}
	if (result.error === 'malformed_csv') return `The file is not valid CSV: line ${result.line} cannot be read (usually a quotation mark that is not closed).`;
	return 'The file is empty.';
}

export const importMunicipalitiesCommand: Command = {
	summary: 'Import Länder, districts and municipalities from the Destatis Gemeindeverzeichnis CSV.',
	usage: 'import:municipalities FILE [--land 05]',
	options: { land: { type: 'string' } },
	async run(config, values, positionals) {
		const [file] = positionals;
		const land = values.land as string | undefined;
		if (!file || positionals.length > 1) {
			process.stderr.write('Name one file: import:municipalities FILE [--land 05].\n');
			return 2;
		}
		if (land !== undefined && !/^\d{2}$/.test(land)) {
			process.stderr.write('--land must be a two-digit Land key, e.g. 05 for Nordrhein-Westfalen.\n');
			return 2;
		}
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (err) {
			process.stderr.write(`Cannot read ${file}: ${(err as Error).message}\n`);
			return 1;
		}
		// Parse before opening the database: a wrong file should not wait for PGlite to start.
		const parsed = parseGvCsv(text, { land });
		if (!parsed.ok) {
			process.stderr.write(`${formatError(parsed)}\n`);
			return 1;
		}
		const ctx = await openAppContext(config, { migrate: true });
		try {
			const started = performance.now();
			const counts = await importMunicipalities(ctx.database.db, parsed.data, { rejected: parsed.rejected.length });
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			const out = process.stdout;
			out.write(`Imported ${file}${land ? ` (Land ${land})` : ''} in ${seconds} s:\n`);
			out.write(`  Länder ${counts.lands}, government regions ${counts.regions}, districts ${counts.districts}, municipalities ${counts.municipalities}\n`);
			out.write(`  created ${counts.created}, updated ${counts.updated}, marked historic ${counts.markedHistoric}, rejected lines ${counts.rejected}\n`);
			for (const r of parsed.rejected) out.write(`  line ${r.line}: ${REJECT_REASON_TEXT[r.reason]} (${r.details})\n`);
			return 0;
		} finally {
			await ctx.close();
		}
	}
};
