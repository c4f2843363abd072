/** The entry changed since the person loaded it (optimistic locking): nothing was written. */
export class StaleVersionError extends Error {
	constructor() {
		super('organisation version is stale');
	}
}

/** The action does not fit the entry's status (e.g. publishing a rejected entry twice). */
export class InvalidTransitionError extends Error {
	constructor(from: string, action: string) {
		super(`cannot ${action} an organisation in status ${from}`);
	}
}

export class OrganisationNotFoundError extends Error {
	constructor() {
		super('organisation not found');
	}
}

/** Topics or municipality that the database does not know (or no longer offers); codes per field. */
export class EntryReferenceError extends Error {
	constructor(readonly codes: Record<string, string>) {
		super('unknown references in entry');
	}
}

/** The link is unknown, expired or already used. */
export class InvalidTokenError extends Error {
	constructor() {
		super('invalid organisation token');
	}
}
