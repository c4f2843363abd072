/** Unknown, not published (public) or not the organiser's (back office): answered as 404. */
export class EventNotFoundError extends Error {
	constructor() {
		super('event not found');
	}
}

/** Someone else saved the event since the form was shown; nothing was written. */
export class StaleEventError extends Error {
	constructor() {
		super('stale event version');
	}
}

/** A change the organiser may not make; the route shows the code as a sentence. */
export class EventRefusedError extends Error {
	constructor(readonly code: 'municipality_not_allowed' | 'transition_not_allowed' | 'not_editable') {
		super(`event change refused: ${code}`);
	}
}

/** The event takes no registrations (cancelled, started or past). */
export class RegistrationClosedError extends Error {
	constructor() {
		super('registration closed');
	}
}
