import { createHmac } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Challenge } from 'altcha-lib/v1/types';

/**
 * A self-hosted proof of work instead of a third-party captcha (DESIGN §8): the browser searches the number n
 * with SHA-256(salt + n) = challenge (ProofOfWork.svelte, Web Crypto), the server checks it with altcha-lib.
 * The challenge is signed with a key derived from AUTH_SECRET, expires, and names the form's submission key,
 * so a solution replayed with another form only ever repeats that one (idempotent) request.
 */
export const POW_MAX_NUMBER = 50_000;
export const POW_LIFETIME_MS = 2 * 60 * 60_000;

export type RequestChallenge = Pick<Challenge, 'algorithm' | 'challenge' | 'salt' | 'signature'> & { maxnumber: number };

/** A separate key per purpose, so a signature made here is worth nothing anywhere else. */
export function proofOfWorkKey(authSecret: string): string {
	return createHmac('sha256', authSecret).update('miglobe:request-proof-of-work').digest('hex');
}

export async function createRequestChallenge(hmacKey: string, submissionKey: string, now = new Date()): Promise<RequestChallenge> {
	const challenge = await createChallenge({
		hmacKey,
		maxNumber: POW_MAX_NUMBER,
		expires: new Date(now.getTime() + POW_LIFETIME_MS),
		params: { key: submissionKey }
	});
	return {
		algorithm: challenge.algorithm,
		challenge: challenge.challenge,
		salt: challenge.salt,
		signature: challenge.signature,
		maxnumber: challenge.maxnumber ?? POW_MAX_NUMBER
	};
}

/** True only for a correctly signed, unexpired, solved challenge issued for this submission key. */
export async function verifyRequestSolution(hmacKey: string, payload: string | null, submissionKey: string): Promise<boolean> {
	if (!payload) return false;
	let decoded: unknown;
	try {
		decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
	} catch {
		return false;
	}
	if (!decoded || typeof decoded !== 'object') return false;
	const solution = decoded as Parameters<typeof verifySolution>[0];
	try {
		if (extractParams(solution).key !== submissionKey) return false;
		return await verifySolution(solution, hmacKey, true);
	} catch {
		return false;
	}
}
