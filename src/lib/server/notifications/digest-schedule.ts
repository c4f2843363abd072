import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';

export const DIGEST_TIME_ZONE = 'Europe/Berlin';
/** The digest goes out from this hour on (Berlin time), so it is waiting when the working day starts. */
export const DIGEST_HOUR = 7;

/** Midnight of `now`'s calendar day in Berlin, as an instant; DST days have 23 or 25 hours. Pure. */
export function berlinDayStart(now: Date): Date {
	return new Date(startOfDay(new TZDate(now, DIGEST_TIME_ZONE)).getTime());
}

/**
 * Pure: is a digest due for someone whose last one went out at `lastDigestAt`? Once per Berlin calendar day,
 * at or after 07:00 Berlin time. An hourly sweep that runs late (or twice) still sends at most one per day.
 */
export function digestDue(now: Date, lastDigestAt: Date | null): boolean {
	if (new TZDate(now, DIGEST_TIME_ZONE).getHours() < DIGEST_HOUR) return false;
	return !lastDigestAt || lastDigestAt.getTime() < berlinDayStart(now).getTime();
}

/** Digested notifications are kept this long (the schema's retention), then deleted. */
export const RETENTION_DAYS = 30;
