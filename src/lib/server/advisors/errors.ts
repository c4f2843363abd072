/** No advisor with this id (or the account has no advisor role): 404 for the pages. */
export class AdvisorNotFoundError extends Error {
	constructor() {
		super('advisor not found');
	}
}

/** Someone saved the same profile since the form was shown; nothing was written. */
export class StaleProfileError extends Error {
	constructor() {
		super('stale advisor profile version');
	}
}

/** The new blocked period overlaps one that exists; nothing was written. */
export class BlockedPeriodOverlapError extends Error {
	constructor(readonly period: { startsOn: string; endsOn: string }) {
		super(`blocked period overlaps ${period.startsOn}–${period.endsOn}`);
	}
}

export class BlockedPeriodNotFoundError extends Error {
	constructor() {
		super('blocked period not found');
	}
}

export type PhotoProblem = 'missing' | 'empty' | 'too_large' | 'type_not_allowed' | 'image_unreadable' | 'image_too_large';

/** The uploaded photo was refused before anything was stored. */
export class PhotoFileError extends Error {
	constructor(readonly problem: PhotoProblem) {
		super(`photo refused: ${problem}`);
	}
}
