import { createHash, randomBytes } from 'node:crypto';

/**
 * The private status link of a request: 32 random bytes (base64url) go into the mail to the contact person;
 * only their SHA-256 hash is stored, so a copy of the database does not open any status page.
 */
export function createStatusToken(): { raw: string; hash: string } {
	const raw = randomBytes(32).toString('base64url');
	return { raw, hash: hashStatusToken(raw) };
}

export function hashStatusToken(raw: string): string {
	return createHash('sha256').update(raw).digest('hex');
}

/** 32 bytes in base64url are 43 characters; anything else is not looked up at all. */
export function isStatusTokenShape(raw: unknown): raw is string {
	return typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw);
}

/** A random idempotency key for one rendering of the form. */
export function createSubmissionKey(): string {
	return randomBytes(24).toString('base64url');
}
