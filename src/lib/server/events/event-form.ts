import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { berlinToInstant, parseLocalDate, parseLocalTime } from '../sessions/session-time';
import { UUID_PATTERN as UUID } from '../ids';

/** What the event form yields: instants in UTC, never the wall-clock strings. */
export interface EventInput {
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	onlineUrl: string | null;
	municipalityAgs: string | null;
	topics: string[];
	organisationIds: string[];
	capacity: number | null;
	caseStoryId: string | null;
}

export const MAX_CAPACITY = 100_000;

/** Issue codes of the event forms → sentences (passed to parseForm as `messages`). */
export const EVENT_FIELD_MESSAGES: Record<string, () => string> = {
	event_title_required: m.event_error_title_required,
	event_text_too_long: m.event_error_text_too_long,
	date_invalid: m.event_error_date_invalid,
	time_invalid: m.event_error_time_invalid,
	time_nonexistent: m.event_error_time_nonexistent,
	time_ambiguous: m.event_error_time_ambiguous,
	event_end_before_start: m.event_error_end_before_start,
	event_in_past: m.event_error_in_past,
	event_place_required: m.event_error_place_required,
	event_url_invalid: m.event_error_url_invalid,
	event_capacity_invalid: m.event_error_capacity_invalid,
	event_choice_invalid: m.event_error_choice_invalid,
	event_name_required: m.event_error_name_required,
	event_email_invalid: m.event_error_email_invalid
};

const text = (max: number) => z.string().trim().max(max, 'event_text_too_long').default('');
const optionalId = z
	.string()
	.trim()
	.default('')
	.refine((v) => v === '' || UUID.test(v), 'event_choice_invalid');

/** http(s) only: a javascript: or file: link in a mail or calendar would be a trap. */
export function isWebUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname && !url.username && !url.password;
	} catch {
		return false;
	}
}

/**
 * The organiser's form. Start and end are Berlin wall-clock inputs (DST-safe via berlinToInstant); the end date
 * may be left empty for a one-day event. A new event must not start in the past; an edited one may (corrections
 * after the fact). Either a place or an online link is needed.
 */
export function eventFormSchema({ now, isNew }: { now: Date; isNew: boolean }) {
	return z
		.object({
			title: z.string().trim().min(1, 'event_title_required').max(200, 'event_text_too_long'),
			description: text(20_000),
			startDate: z.string().default('').refine((v) => parseLocalDate(v) !== null, 'date_invalid'),
			startTime: z.string().default('').refine((v) => parseLocalTime(v) !== null, 'time_invalid'),
			endDate: z.string().default('').refine((v) => v.trim() === '' || parseLocalDate(v) !== null, 'date_invalid'),
			endTime: z.string().default('').refine((v) => parseLocalTime(v) !== null, 'time_invalid'),
			place: text(500),
			onlineUrl: z
				.string()
				.trim()
				.max(2000, 'event_url_invalid')
				.default('')
				.refine((v) => v === '' || isWebUrl(v), 'event_url_invalid'),
			municipalityAgs: z
				.string()
				.trim()
				.default('')
				.refine((v) => v === '' || /^\d{8}$/.test(v), 'event_choice_invalid'),
			topics: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'event_choice_invalid')).max(50).default([]),
			organisationIds: z.array(z.string().regex(UUID, 'event_choice_invalid')).max(200).default([]),
			capacity: z
				.string()
				.trim()
				.default('')
				.refine((v) => v === '' || (/^\d{1,6}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_CAPACITY), 'event_capacity_invalid'),
			caseStoryId: optionalId
		})
		.transform((v, ctx): EventInput => {
			const start = berlinToInstant(v.startDate, v.startTime);
			const end = berlinToInstant(v.endDate.trim() || v.startDate, v.endTime);
			if (!start.ok) ctx.addIssue({ code: 'custom', path: [start.problem === 'date_invalid' ? 'startDate' : 'startTime'], message: start.problem });
			if (!end.ok) ctx.addIssue({ code: 'custom', path: [end.problem === 'date_invalid' ? 'endDate' : 'endTime'], message: end.problem });
			if (!v.place && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'event_place_required' });
			if (!start.ok || !end.ok) return z.NEVER;
			if (end.instant.getTime() <= start.instant.getTime()) {
				ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'event_end_before_start' });
			}
			if (isNew && start.instant.getTime() < now.getTime()) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'event_in_past' });
			if (!v.place && !v.onlineUrl) return z.NEVER;
			return {
				title: v.title,
				description: v.description,
				startsAt: start.instant,
				endsAt: end.instant,
				place: v.place,
				onlineUrl: v.onlineUrl || null,
				municipalityAgs: v.municipalityAgs || null,
				topics: [...new Set(v.topics)],
				organisationIds: [...new Set(v.organisationIds.map((id) => id.toLowerCase()))],
				capacity: v.capacity === '' ? null : Number(v.capacity),
				caseStoryId: v.caseStoryId || null
			};
		});
}

/** One language's translation of the three translatable fields; empty fields fall back to German. */
export const eventTranslationSchema = z.object({
	title: text(200),
	description: text(20_000),
	place: text(500)
});

/** The public registration form. */
export const registrationSchema = z.object({
	name: z.string().trim().min(1, 'event_name_required').max(200, 'event_text_too_long'),
	email: z.string().trim().max(254, 'event_email_invalid').pipe(z.email('event_email_invalid'))
});
export type RegistrationInput = z.infer<typeof registrationSchema>;
