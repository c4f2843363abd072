/** The chosen municipality or topics are unknown to the database (or no longer offered); codes per field. */
export class RequestReferenceError extends Error {
	constructor(readonly codes: Record<string, string>) {
		super('unknown references in request');
	}
}
