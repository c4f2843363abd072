/** The session does not exist or belongs to another consultation: answered like an unknown page (404). */
export class SessionNotFoundError extends Error {
	constructor() {
		super('session not found');
	}
}

/** Someone else saved the session since the form was shown; nothing was written. */
export class StaleSessionError extends Error {
	constructor() {
		super('stale session version');
	}
}

/**
 * A change the person may not make: not their role (403), a closed consultation or a cancelled session (409).
 * The route turns the code into a sentence with sessionRefusalMessage().
 */
export class SessionRefusedError extends Error {
	constructor(readonly code: 'not_allowed' | 'consultation_closed' | 'cancelled') {
		super(`session change refused: ${code}`);
	}
	get status(): 403 | 409 {
		return this.code === 'not_allowed' ? 403 : 409;
	}
}
