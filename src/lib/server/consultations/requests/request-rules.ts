import type { RateLimitRule } from '../../security/rate-limit';

/**
 * Rules of the public request form (pure: no I/O). The option lists are codes; their texts live in
 * messages/requests.*.json.
 */
export const REQUEST_TEXT_MAX = 5000;

export const DESIRED_FORMATS = ['dialogforum', 'workshop', 'fachtag', 'networking', 'festival', 'open'] as const;
export const TIMEFRAMES = ['asap', 'three_months', 'six_months', 'next_year', 'flexible'] as const;
export const HEARD_VIA = ['website', 'kepol', 'municipal_network', 'event', 'colleagues', 'press', 'other'] as const;

/** The consent text /anfrage shows; change the version whenever the text in the message files changes. */
export const REQUEST_CONSENT = { purpose: 'processing', textVersion: 'request-2026-11', way: 'request_form' } as const;
export const CONSULTATION_SUBJECT = 'consultation';

/**
 * Per-IP limits, counted in the rate_limit table. A request without a solved proof of work (no JavaScript, or
 * an expired or forged solution) is still accepted, but only a few per hour from one address.
 */
export const REQUEST_RATE_LIMITS = {
	perIp: { name: 'request:ip', limit: 20, windowMs: 60 * 60_000 },
	withoutProofOfWorkPerIp: { name: 'request-no-pow:ip', limit: 5, windowMs: 60 * 60_000 }
} satisfies Record<string, RateLimitRule>;

/** Hidden from people and screen readers, so only bots fill it in. */
export const REQUEST_HONEYPOT_FIELD = 'municipality_fax';

/** Form fields that hold several values (read with getAll). */
export const REQUEST_ARRAY_FIELDS = ['topics', 'sdgs'];

/** A client is a Gemeinde (8-digit AGS) or a Kreis / kreisfreie Stadt (5-digit district code). */
export function clientKind(code: string): 'municipality' | 'district' | null {
	if (/^\d{8}$/.test(code)) return 'municipality';
	if (/^\d{5}$/.test(code)) return 'district';
	return null;
}
