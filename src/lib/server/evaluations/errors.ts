/** A questionnaire or waiver that may not be saved: by role (403) or because of the consultation's state (409). */
export class EvaluationRefusedError extends Error {
	constructor(readonly code: 'role_not_allowed' | 'not_open' | 'reason_required') {
		super(`evaluation refused: ${code}`);
	}
	get status(): 400 | 403 | 409 {
		return this.code === 'role_not_allowed' ? 403 : this.code === 'reason_required' ? 400 : 409;
	}
}

/** Someone saved the same questionnaire since the form was shown; nothing was written. */
export class StaleEvaluationError extends Error {
	constructor() {
		super('stale evaluation version');
	}
}
