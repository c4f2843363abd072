import type { MeasureLock } from './measure-rules';

/** Not there, not in this consultation, or the consultation is not theirs: all answer 404. */
export class MeasureNotFoundError extends Error {
	constructor() {
		super('measure not found');
	}
}

/** Someone else saved the measure since the form was shown; nothing was written. */
export class StaleMeasureError extends Error {
	constructor() {
		super('stale measure version');
	}
}

export type MeasureRefusal = 'role_not_allowed' | MeasureLock | 'status_not_allowed';

/** The change is not allowed: by role (403) or by the state of consultation or measure (409). */
export class MeasureRefusedError extends Error {
	constructor(readonly refusal: MeasureRefusal) {
		super(`measure change refused: ${refusal}`);
	}
	get status(): 403 | 409 {
		return this.refusal === 'role_not_allowed' ? 403 : 409;
	}
}
