import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { parseForm } from '$lib/server/forms';
import { importMunicipalityFile, type FileImportResult } from '$lib/server/municipalities/import-municipality-file';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

/** The whole German directory is about 2 MB; 20 MB leaves room without letting a stray upload fill the memory. */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_LABEL = '20 MB';
/** The page lists this many rejected lines; the count names the rest. */
const SHOWN_REJECTED = 200;

const importSchema = z.object({ land: z.string().trim().regex(/^(\d{2})?$/) });

function fileError(result: Exclude<FileImportResult, { ok: true }>): string {
	switch (result.error) {
		case 'missing_columns':
			return m.muni_import_error_missing_columns({ columns: result.columns.join(', ') });
		case 'malformed_csv':
			return m.muni_import_error_malformed({ line: result.line });
		case 'encoding':
			return m.muni_import_error_encoding();
		default:
			return m.muni_import_error_empty();
	}
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return { maxLabel: MAX_LABEL };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const formData = await event.request.formData();
		const parsed = parseForm(importSchema, formData, { omit: ['file'] });
		const values = { land: String(formData.get('land') ?? '') };
		if (!parsed.ok) return fail(400, { errors: { land: m.muni_import_error_land() }, values });
		const file = formData.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { errors: { file: m.muni_import_error_no_file() }, values });
		if (file.size > MAX_BYTES) return fail(400, { errors: { file: m.muni_import_error_too_large({ limit: MAX_LABEL }) }, values });

		const { database } = await runtime();
		const result = await importMunicipalityFile(database.db, await file.arrayBuffer(), {
			land: parsed.data.land || undefined,
			actorId: admin.id
		});
		if (!result.ok) return fail(400, { errors: { file: fileError(result) }, values });
		return { counts: result.counts, rejected: result.rejected.slice(0, SHOWN_REJECTED), rejectedTotal: result.rejected.length };
	}
};
