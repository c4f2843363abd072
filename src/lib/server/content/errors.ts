export class ContentPageNotFoundError extends Error {
	constructor(key: string) {
		super(`Content page ${key} not found`);
	}
}

/** Someone saved the page since the editor loaded it; nothing was written. */
export class StaleContentPageError extends Error {
	constructor() {
		super('Content page was changed in the meantime');
	}
}

export class RevisionNotFoundError extends Error {
	constructor(id: number) {
		super(`Content page revision ${id} not found`);
	}
}
