import type { UploadProblem } from './document-types';

/** The uploaded file itself is refused (type, size, unreadable image); the route shows it at the file field. */
export class DocumentFileError extends Error {
	constructor(
		readonly problem: UploadProblem,
		/** The file's extension as typed, for the message about a content that does not match it. */
		readonly extension = ''
	) {
		super(`document file refused: ${problem}`);
		this.name = 'DocumentFileError';
	}
}

/** Not allowed for this person or in this state; the route answers 403 or 409 with a sentence, nothing changed. */
export class DocumentRefusedError extends Error {
	constructor(readonly refusal: DocumentRefusal) {
		super(`document refused: ${refusal}`);
		this.name = 'DocumentRefusedError';
	}
}

export type DocumentRefusal = 'role_not_allowed' | 'closed';

/** No such document in this consultation, or one this person may not see: both answer 404. */
export class DocumentNotFoundError extends Error {
	constructor() {
		super('document not found');
		this.name = 'DocumentNotFoundError';
	}
}
