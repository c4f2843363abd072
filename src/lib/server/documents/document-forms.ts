import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { ALLOWED_TYPES_LABEL } from './document-types';
import type { DocumentFileError, DocumentRefusal } from './errors';
import { MAX_IMAGE_PIXELS } from './reencode-image';

/** The text fields of the upload form; the file itself is checked by prepareUpload. */
export const uploadSchema = z.object({
	title: z.string().trim().max(200, 'doc_title_too_long').default(''),
	visibility: z.enum(['all', 'internal']).default('all')
});

export const UPLOAD_FORM_MESSAGES = { doc_title_too_long: m.doc_error_title_too_long };

export const deleteSchema = z.object({ documentId: z.string().uuid() });

/** The sentence shown at the file field; it names the limit and the allowed types where they are the reason. */
export function fileErrorMessage(err: Pick<DocumentFileError, 'problem' | 'extension'>, maxMb: number): string {
	const types = ALLOWED_TYPES_LABEL;
	switch (err.problem) {
		case 'missing':
			return m.doc_error_file_missing();
		case 'empty':
			return m.doc_error_file_empty();
		case 'too_large':
			return m.doc_error_file_too_large({ limit: maxMb });
		case 'type_not_allowed':
			return m.doc_error_type_not_allowed({ types });
		case 'type_mismatch':
			return err.extension ? m.doc_error_type_mismatch({ extension: `.${err.extension}`, types }) : m.doc_error_type_not_allowed({ types });
		case 'image_too_large':
			return m.doc_error_image_too_large({ megapixels: MAX_IMAGE_PIXELS / 1_000_000 });
		case 'image_unreadable':
			return m.doc_error_image_unreadable();
	}
}

export function refusalMessage(refusal: DocumentRefusal): string {
	return refusal === 'closed' ? m.doc_error_closed() : m.doc_error_not_allowed();
}

export const refusalStatus = (refusal: DocumentRefusal): 403 | 409 => (refusal === 'closed' ? 409 : 403);
