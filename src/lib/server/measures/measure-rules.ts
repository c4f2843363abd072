import { addDays, format, parseISO } from 'date-fns';
import { tz } from '@date-fns/tz';
import { MEASURE_STATUSES, type MeasureStatus } from '../db/schema/measures';
import type { ConsultationState } from '../consultations/lifecycle';

/*
 * The rules of Ideen und Maßnahmen as pure functions (DESIGN §4 implementation). No I/O here.
 *
 * Status changes:
 * - forward along idea → planned → in_progress → done; a step may be skipped, because municipalities often
 *   report a measure only once it is already under way or finished;
 * - any open status (idea, planned, in_progress) → dropped;
 * - reopening is allowed and recorded in the history like any change: done → in_progress (the implementation
 *   turned out to be unfinished), dropped → idea (the idea is taken up again);
 * - no other step back (e.g. planned → idea): that would blur the reported numbers; drop it and reopen instead.
 */
export { MEASURE_STATUSES, type MeasureStatus };

export const OPEN_MEASURE_STATUSES: readonly MeasureStatus[] = ['idea', 'planned', 'in_progress'];
/** The status a new measure may start with (a measure is never created as dropped). */
export const INITIAL_MEASURE_STATUSES: readonly MeasureStatus[] = ['idea', 'planned', 'in_progress', 'done'];

const ALLOWED: Record<MeasureStatus, readonly MeasureStatus[]> = {
	idea: ['planned', 'in_progress', 'done', 'dropped'],
	planned: ['in_progress', 'done', 'dropped'],
	in_progress: ['done', 'dropped'],
	done: ['in_progress'],
	dropped: ['idea']
};

export const isOpenStatus = (status: MeasureStatus) => OPEN_MEASURE_STATUSES.includes(status);

/** May a measure in status `from` be set to `to`? The same status is never a change. */
export function canChangeStatus(from: MeasureStatus, to: MeasureStatus): boolean {
	return ALLOWED[from].includes(to);
}

/** The statuses to offer in the status form, in the order of the lifecycle. */
export function nextStatuses(from: MeasureStatus): MeasureStatus[] {
	return MEASURE_STATUSES.filter((s) => canChangeStatus(from, s));
}

/**
 * In which consultation states measures may be added and changed: from the agreement on (ideas come up in the
 * first sessions) through the evaluation (measures are finished while it runs). Before the agreement there is
 * nothing to implement yet; a paused consultation is on hold; closed ones (completed, declined, withdrawn) are a
 * record and stay as they were. Everything outside these states is read only and refused with 409.
 */
export const MEASURE_WRITABLE_STATES: readonly ConsultationState[] = ['agreed', 'in_dialogue', 'implementation', 'evaluation'];

export type MeasureLock = 'not_started' | 'paused' | 'closed';

/** null when measures may be changed in this consultation state, otherwise why not. */
export function measureLock(state: ConsultationState): MeasureLock | null {
	if (MEASURE_WRITABLE_STATES.includes(state)) return null;
	if (state === 'paused') return 'paused';
	if (state === 'completed' || state === 'declined' || state === 'withdrawn') return 'closed';
	return 'not_started';
}

const BERLIN = tz('Europe/Berlin');

/** The calendar day in Europe/Berlin at this instant, as 'YYYY-MM-DD' (the format of the date columns). */
export function todayInBerlin(now: Date): string {
	return format(now, 'yyyy-MM-dd', { in: BERLIN });
}

/** A calendar date moved by whole days ('YYYY-MM-DD' in and out; time zones play no part). */
export function shiftDate(date: string, days: number): string {
	return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

interface Dated {
	status: MeasureStatus;
	dueDate: string | null;
}

/** Open (not done, not dropped) and its due date lies before today. Dates compare as ISO strings. */
export function isOverdue(measure: Dated, todayInBerlin: string): boolean {
	return isOpenStatus(measure.status) && measure.dueDate !== null && measure.dueDate < todayInBerlin;
}

export const REMINDER_DAYS_BEFORE = 7;

/**
 * The reminder goes out once per due date, from REMINDER_DAYS_BEFORE days before it up to the day itself, while
 * the measure is open. A measure already overdue gets none (it is marked on the page instead). Moving the due
 * date makes `reminderSentFor` differ from it, so the reminder is due again for the new date.
 */
export function reminderDue(measure: Dated & { reminderSentFor: string | null }, today: string): boolean {
	const due = measure.dueDate;
	if (!due || !isOpenStatus(measure.status) || measure.reminderSentFor === due) return false;
	return today <= due && today >= shiftDate(due, -REMINDER_DAYS_BEFORE);
}
