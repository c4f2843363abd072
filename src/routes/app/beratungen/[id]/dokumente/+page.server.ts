import { error, fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { consultationHeader, loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { ConsultationNotFoundError } from '$lib/server/consultations/errors';
import { createFileStorage } from '$lib/server/files/create-file-storage';
import { ACCEPT_ATTRIBUTE, ALLOWED_TYPES_LABEL, documentTypeLabel } from '$lib/server/documents/document-types';
import { deleteRefusal, uploadRefusal } from '$lib/server/documents/document-rules';
import { fileErrorMessage, refusalMessage, refusalStatus, uploadSchema, UPLOAD_FORM_MESSAGES } from '$lib/server/documents/document-forms';
import { DocumentFileError, DocumentNotFoundError, DocumentRefusedError } from '$lib/server/documents/errors';
import { listDocuments } from '$lib/server/documents/list-documents';
import { uploadDocument } from '$lib/server/documents/upload-document';
import { deleteDocument } from '$lib/server/documents/delete-document';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, db, config, access } = await loadConsultationPage(event);
	const header = await consultationHeader(access, db);
	const documents = (await listDocuments(db, access)).map((d) => ({
		...d,
		typeLabel: documentTypeLabel(d.mediaType),
		canDelete: deleteRefusal(access, d, user.id) === null
	}));
	const confirmId = event.url.searchParams.get('loeschen');
	return {
		header,
		documents,
		canUpload: uploadRefusal(access) === null,
		maxMb: config.uploadMaxMb,
		allowedTypes: ALLOWED_TYPES_LABEL,
		accept: ACCEPT_ATTRIBUTE,
		/** The confirmation step of a deletion: shown by a link, so it works without JavaScript. */
		confirm: documents.find((d) => d.id === confirmId && d.canDelete) ?? null
	};
};

/** Refusals of the documents area as form answers; anything not theirs is 404. */
function refused(action: string, err: unknown, values: Record<string, string | string[]> = {}) {
	if (err instanceof ConsultationNotFoundError) error(404, m.error_404_text());
	if (err instanceof DocumentNotFoundError) return fail(404, { action, errors: { _form: m.doc_error_not_found() }, values });
	if (err instanceof DocumentRefusedError) return fail(refusalStatus(err.refusal), { action, errors: { _form: refusalMessage(err.refusal) }, values });
	throw err;
}

export const actions: Actions = {
	upload: async (event) => {
		const { user, roles, db, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const values = formValues(data, ['file']);
		const parsed = parseForm(uploadSchema, data, { omit: ['file'], messages: UPLOAD_FORM_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'upload', errors: parsed.errors, values });
		const file = data.get('file');
		// Browsers send an empty, nameless part when no file was chosen.
		if (!(file instanceof File) || (file.size === 0 && !file.name)) {
			return fail(400, { action: 'upload', errors: { file: fileErrorMessage({ problem: 'missing', extension: '' }, config.uploadMaxMb) }, values });
		}
		try {
			const row = await uploadDocument(
				db,
				createFileStorage(config),
				{
					consultationId: event.params.id,
					file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
					...parsed.data,
					user,
					roles,
					maxMb: config.uploadMaxMb
				},
				{ origin: config.origin }
			);
			(await runtime()).jobs?.poke();
			return { done: 'uploaded' as const, name: row.title || row.fileName };
		} catch (err) {
			if (err instanceof DocumentFileError) {
				return fail(400, { action: 'upload', errors: { file: fileErrorMessage(err, config.uploadMaxMb) }, values });
			}
			return refused('upload', err, values);
		}
	},
	delete: async (event) => {
		const { user, roles, db, config } = await loadConsultationPage(event);
		const data = await event.request.formData();
		const documentId = String(data.get('documentId') ?? '');
		try {
			const deleted = await deleteDocument(db, createFileStorage(config), { consultationId: event.params.id, documentId, user, roles });
			return { done: 'deleted' as const, name: deleted.title || deleted.fileName };
		} catch (err) {
			return refused('delete', err);
		}
	}
};
