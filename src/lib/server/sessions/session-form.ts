import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { SESSION_FORMATS, type SessionFormat } from '../db/schema/consultation-sessions';
import { berlinToInstant, parseLocalDate, parseLocalTime } from './session-time';
import { UUID_PATTERN as UUID } from '../ids';

export const MIN_DURATION = 15;
export const MAX_DURATION = 720;

/** What a session form yields: the instant in UTC, never the wall-clock strings. */
export interface SessionInput {
	title: string;
	format: SessionFormat;
	startsAt: Date;
	durationMinutes: number;
	place: string;
	onlineUrl: string | null;
	agenda: string;
	participantCount: number | null;
	organisationIds: string[];
	organisationsText: string;
	notesShared: string;
	notesInternal: string;
}

/** Only the fields of SessionInput, so that a command never writes anything else it was handed. */
export function pickSessionInput(i: SessionInput): SessionInput {
	const { title, format, startsAt, durationMinutes, place, onlineUrl, agenda, participantCount, organisationIds, organisationsText, notesShared, notesInternal } = i;
	return { title, format, startsAt, durationMinutes, place, onlineUrl, agenda, participantCount, organisationIds, organisationsText, notesShared, notesInternal };
}

/** Issue codes of this schema → German/English sentences (passed to parseForm as `messages`). */
export const SESSION_FIELD_MESSAGES: Record<string, () => string> = {
	ses_title_required: m.ses_error_title_required,
	ses_title_too_long: m.ses_error_title_too_long,
	ses_format_required: m.ses_error_format_required,
	ses_text_too_long: m.ses_error_text_too_long,
	date_invalid: m.ses_error_date_invalid,
	time_invalid: m.ses_error_time_invalid,
	time_nonexistent: m.ses_error_time_nonexistent,
	time_ambiguous: m.ses_error_time_ambiguous,
	ses_in_past: m.ses_error_in_past,
	ses_duration: () => m.ses_error_duration({ min: MIN_DURATION, max: MAX_DURATION }),
	ses_url_invalid: m.ses_error_url_invalid,
	ses_count_invalid: m.ses_error_count_invalid
};

const text = (max: number) => z.string().trim().max(max, 'ses_text_too_long').default('');

/** http(s) only: a javascript: or file: link in a calendar or page would be a trap. */
function isWebUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname && !url.username && !url.password;
	} catch {
		return false;
	}
}

/**
 * The session form. Date and time are Berlin wall-clock inputs turned into one UTC instant here; a new session
 * must not start in the past (`isNew`), an edited one may (participants and notes are recorded afterwards).
 * `now` is passed in so the rule is testable.
 */
export function sessionFormSchema({ now, isNew }: { now: Date; isNew: boolean }) {
	return z
		.object({
			title: z.string().trim().min(1, 'ses_title_required').max(200, 'ses_title_too_long'),
			format: z.enum(SESSION_FORMATS, { error: 'ses_format_required' }),
			// Each part is checked alone first, so that its message appears together with those of other fields.
			date: z.string().default('').refine((v) => parseLocalDate(v) !== null, 'date_invalid'),
			time: z.string().default('').refine((v) => parseLocalTime(v) !== null, 'time_invalid'),
			durationMinutes: z
				.string()
				.trim()
				.regex(/^\d{1,4}$/, 'ses_duration')
				.transform(Number)
				.refine((n) => n >= MIN_DURATION && n <= MAX_DURATION, 'ses_duration'),
			place: text(500),
			onlineUrl: z
				.string()
				.trim()
				.max(2000, 'ses_url_invalid')
				.default('')
				.refine((v) => v === '' || isWebUrl(v), 'ses_url_invalid'),
			agenda: text(5000),
			participantCount: z
				.string()
				.trim()
				.default('')
				.refine((v) => v === '' || (/^\d{1,6}$/.test(v) && Number(v) <= 100_000), 'ses_count_invalid'),
			organisationIds: z.array(z.string().regex(UUID, 'ses_text_too_long')).max(200).default([]),
			organisationsText: text(2000),
			notesShared: text(5000),
			notesInternal: text(5000)
		})
		.transform((v, ctx): SessionInput => {
			const start = berlinToInstant(v.date, v.time);
			if (!start.ok) {
				ctx.addIssue({ code: 'custom', path: [start.problem === 'date_invalid' ? 'date' : 'time'], message: start.problem });
				return z.NEVER;
			}
			if (isNew && start.instant.getTime() < now.getTime()) {
				ctx.addIssue({ code: 'custom', path: ['date'], message: 'ses_in_past' });
				return z.NEVER;
			}
			return {
				title: v.title,
				format: v.format,
				startsAt: start.instant,
				durationMinutes: v.durationMinutes,
				place: v.place,
				onlineUrl: v.onlineUrl || null,
				agenda: v.agenda,
				participantCount: v.participantCount === '' ? null : Number(v.participantCount),
				organisationIds: [...new Set(v.organisationIds.map((id) => id.toLowerCase()))],
				organisationsText: v.organisationsText,
				notesShared: v.notesShared,
				notesInternal: v.notesInternal
			};
		});
}
