import type { Db } from '../db/client';
import type { RejectedLine } from './gv-records';
import { importMunicipalities, type ImportCounts } from './import-municipalities';
import { parseGvCsv } from './parse-gv-csv';

export type FileImportResult =
	| { ok: true; counts: ImportCounts; rejected: RejectedLine[] }
	| { ok: false; error: 'encoding' | 'empty_file' }
	| { ok: false; error: 'missing_columns'; columns: string[] }
	| { ok: false; error: 'malformed_csv'; line: number };

/**
 * The upload of the admin page: decodes the bytes as UTF-8 (refusing anything else instead of importing
 * garbled names), parses them and imports the result with an audit entry for the acting admin.
 */
export async function importMunicipalityFile(
	db: Db,
	bytes: ArrayBuffer,
	{ land, actorId }: { land?: string; actorId: string }
): Promise<FileImportResult> {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'encoding' };
	}
	const parsed = parseGvCsv(text, { land });
	if (!parsed.ok) return parsed;
	const counts = await importMunicipalities(db, parsed.data, { actorId, rejected: parsed.rejected.length });
	return { ok: true, counts, rejected: parsed.rejected };
}
