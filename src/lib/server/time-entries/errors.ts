import type { ChangeRefusal, DecisionRefusal } from './time-entry-rules';

/** Not there, not theirs, or a consultation the advisor does not take part in: all answer 404. */
export class TimeEntryNotFoundError extends Error {
	constructor() {
		super('time entry not found');
		this.name = 'TimeEntryNotFoundError';
	}
}

/** Someone else changed the entry since the form was shown (e.g. a coordinator decided it); nothing was written. */
export class StaleTimeEntryError extends Error {
	constructor() {
		super('stale time entry version');
		this.name = 'StaleTimeEntryError';
	}
}

/** The entry would put more than 24 hours on the day; shown at the hours field with what is still free. */
export class DayLimitError extends Error {
	constructor(readonly remainingMinutes: number) {
		super('more than 24 hours on one day');
		this.name = 'DayLimitError';
	}
}

/** The change is not allowed in the entry's status (409); `decidedAt` names when it was approved. */
export class TimeEntryRefusedError extends Error {
	constructor(
		readonly refusal: ChangeRefusal | DecisionRefusal,
		readonly decidedAt: Date | null = null
	) {
		super(`time entry change refused: ${refusal}`);
		this.name = 'TimeEntryRefusedError';
	}
	get status(): 403 | 409 {
		return this.refusal === 'own_entry' ? 403 : 409;
	}
}
