import type { RateLimitRule } from '../../security/rate-limit';

/** Rate limits of the public directory forms (counted in the rate_limit table like the log-in limits). */
export const DIRECTORY_RATE_LIMITS = {
	registrationPerIp: { name: 'orgs-register:ip', limit: 10, windowMs: 60 * 60_000 },
	editLinkPerIp: { name: 'orgs-edit-link:ip', limit: 20, windowMs: 15 * 60_000 },
	editLinkPerAddress: { name: 'orgs-edit-link:address', limit: 3, windowMs: 15 * 60_000 }
} satisfies Record<string, RateLimitRule>;

/** The honeypot field: hidden from people and screen readers, so only bots fill it in. */
export const HONEYPOT_FIELD = 'organisation_fax';
