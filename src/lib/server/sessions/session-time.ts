import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

/** Every session is entered and shown in the programme's time zone, whatever the server or browser uses. */
export const BERLIN = 'Europe/Berlin';

const DAY = 86_400_000;

export type LocalTimeProblem = 'date_invalid' | 'time_invalid' | 'time_nonexistent' | 'time_ambiguous';
export type LocalTimeResult = { ok: true; instant: Date } | { ok: false; problem: LocalTimeProblem };

/** "2026-05-12" (date input) or "12.5.2026" (typed by hand where a browser has no date picker). */
export function parseLocalDate(value: string): { year: number; month: number; day: number } | null {
	const v = value.trim();
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
	const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : german ? [+german[3], +german[2], +german[1]] : [NaN, NaN, NaN];
	if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
	const probe = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 31 April over to 1 May; a real calendar date survives the round trip.
	if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
	return { year, month, day };
}

/** "9:30", "09:30" or "09.30". */
export function parseLocalTime(value: string): { hour: number; minute: number } | null {
	const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
	if (!match) return null;
	const [hour, minute] = [+match[1], +match[2]];
	return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/**
 * A wall-clock date and time in Berlin as an instant. On the two days of the clock change a time can be missing
 * (29.03.2026 02:30: clocks jump from 02:00 to 03:00) or occur twice (25.10.2026 02:30: clocks go back from 03:00
 * to 02:00). Both are refused with their own reason rather than guessed, so that the stored instant, the page and
 * every calendar agree on what was meant. The zone's offsets come from @date-fns/tz (the IANA data of the runtime).
 */
export function berlinToInstant(date: string, time: string, zone = BERLIN): LocalTimeResult {
	const d = parseLocalDate(date);
	if (!d) return { ok: false, problem: 'date_invalid' };
	const t = parseLocalTime(time);
	if (!t) return { ok: false, problem: 'time_invalid' };
	// The wall clock read as if it were UTC; subtracting a real offset of the zone gives a candidate instant.
	const wall = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
	const offsets = new Set([tzOffset(zone, new Date(wall - DAY)), tzOffset(zone, new Date(wall)), tzOffset(zone, new Date(wall + DAY))]);
	const expected = `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
	const candidates = [...offsets]
		.map((offset) => new Date(wall - offset * 60_000))
		.filter((instant) => toBerlinInput(instant, zone).time === expected && sameWallDate(instant, d, zone));
	const unique = [...new Set(candidates.map((c) => c.getTime()))];
	if (unique.length === 0) return { ok: false, problem: 'time_nonexistent' };
	if (unique.length > 1) return { ok: false, problem: 'time_ambiguous' };
	return { ok: true, instant: new Date(unique[0]) };
}

function sameWallDate(instant: Date, d: { year: number; month: number; day: number }, zone: string): boolean {
	const local = new TZDate(instant, zone);
	return local.getFullYear() === d.year && local.getMonth() === d.month - 1 && local.getDate() === d.day;
}

/** The values of the date and time inputs for an instant (the edit form is filled with these). */
export function toBerlinInput(instant: Date, zone = BERLIN): { date: string; time: string } {
	const local = new TZDate(instant, zone);
	return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}

/** The end of a session, for the calendar and the "past" split: start plus duration. */
export function sessionEnd(session: { startsAt: Date; durationMinutes: number }): Date {
	return new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
}
