import type { RefusalReason } from './invitation-rules';

/** The organisation may not be invited (DESIGN §6: only published entries with consent to be contacted). */
export class InvitationRefusedError extends Error {
	constructor(readonly reason: RefusalReason) {
		super(`organisation cannot be invited: ${reason}`);
	}
}

/** Unknown invitation, or one the person may not see: answered as 404 so that ids cannot be probed. */
export class InvitationNotFoundError extends Error {
	constructor() {
		super('invitation not found');
	}
}

/** The answer link is unknown or expired. */
export class InvalidInvitationTokenError extends Error {
	constructor() {
		super('invalid invitation token');
	}
}

/** The invitation was already answered or withdrawn; it changes at most once. */
export class InvitationClosedError extends Error {
	constructor(readonly status: string) {
		super(`invitation is already ${status}`);
	}
}
