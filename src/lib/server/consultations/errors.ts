import type { Refusal } from './lifecycle';

/** Not there, or not theirs: both answer 404 so that nobody learns that a consultation exists. */
export class ConsultationNotFoundError extends Error {
	constructor() {
		super('consultation not found');
	}
}

/** Someone else changed the consultation since the form was shown; nothing was written. */
export class StaleConsultationError extends Error {
	constructor() {
		super('stale consultation version');
	}
}

/** The lifecycle refused the transition; the route maps the refusal to 403/409 with refusalStatus(). */
export class TransitionRefusedError extends Error {
	constructor(readonly refusal: Refusal) {
		super(`transition refused: ${refusal}`);
	}
}

/** An advisor assignment that cannot be made or answered (already asked, nothing open to answer). */
export class AssignmentError extends Error {
	constructor(readonly code: 'already_assigned' | 'not_an_advisor' | 'no_open_request' | 'reason_required') {
		super(`assignment: ${code}`);
	}
}
