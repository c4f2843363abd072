import { createHash, randomBytes } from 'node:crypto';

/**
 * The cancellation link of a registration: 32 random bytes (base64url) go into the mail; only their SHA-256 hash
 * is stored, so that a copy of the database cancels nobody's seat.
 */
export function createCancelToken(): { raw: string; hash: string } {
	const raw = randomBytes(32).toString('base64url');
	return { raw, hash: hashCancelToken(raw) };
}

export function hashCancelToken(raw: string): string {
	return createHash('sha256').update(raw).digest('hex');
}

/** 32 bytes in base64url are 43 characters; anything else is not looked up at all. */
export function isCancelTokenShape(raw: unknown): raw is string {
	return typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw);
}
