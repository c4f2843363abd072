import { describe, expect, it } from 'vitest';
import { STATES } from '../consultations/lifecycle';
import {
	MEASURE_STATUSES,
	canChangeStatus,
	isOverdue,
	measureLock,
	nextStatuses,
	reminderDue,
	shiftDate,
	todayInBerlin,
	type MeasureStatus
} from './measure-rules';

describe('measure status rules', () => {
	const allowed = new Set([
		'idea>planned',
		'idea>in_progress',
		'idea>done',
		'idea>dropped',
		'planned>in_progress',
		'planned>done',
		'planned>dropped',
		'in_progress>done',
		'in_progress>dropped',
		'done>in_progress',
		'dropped>idea'
	]);

	it('allows exactly the documented changes, checked over all pairs', () => {
		for (const from of MEASURE_STATUSES) {
			for (const to of MEASURE_STATUSES) {
				expect(canChangeStatus(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
			}
		}
	});

	it('never allows staying in the same status, and offers the next statuses in lifecycle order', () => {
		for (const s of MEASURE_STATUSES) expect(canChangeStatus(s, s)).toBe(false);
		expect(nextStatuses('idea')).toEqual(['planned', 'in_progress', 'done', 'dropped']);
		expect(nextStatuses('done')).toEqual(['in_progress']);
		expect(nextStatuses('dropped')).toEqual(['idea']);
	});

	it('lets measures change from the agreement through the evaluation only', () => {
		const writable = STATES.filter((s) => measureLock(s) === null);
		expect(writable).toEqual(['agreed', 'in_dialogue', 'implementation', 'evaluation']);
		expect(measureLock('requested')).toBe('not_started');
		expect(measureLock('matching')).toBe('not_started');
		expect(measureLock('paused')).toBe('paused');
		expect(['completed', 'declined', 'withdrawn'].map((s) => measureLock(s as never))).toEqual(['closed', 'closed', 'closed']);
	});
});

describe('dates in Europe/Berlin', () => {
	it('knows that 23:30 UTC on 25 November is already 26 November in Berlin (winter time)', () => {
		expect(todayInBerlin(new Date('2026-11-25T22:59:59Z'))).toBe('2026-11-25');
		expect(todayInBerlin(new Date('2026-11-25T23:00:00Z'))).toBe('2026-11-26');
		expect(todayInBerlin(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
	});

	it('uses summer time in July (UTC+2)', () => {
		expect(todayInBerlin(new Date('2026-07-25T21:59:00Z'))).toBe('2026-07-25');
		expect(todayInBerlin(new Date('2026-07-25T22:00:00Z'))).toBe('2026-07-26');
	});

	it('shifts calendar dates across month ends and the change to summer time', () => {
		expect(shiftDate('2026-03-29', -7)).toBe('2026-03-22');
		expect(shiftDate('2026-03-02', -7)).toBe('2026-02-23');
		expect(shiftDate('2026-12-28', 7)).toBe('2027-01-04');
	});
});

describe('isOverdue', () => {
	const m = (status: MeasureStatus, dueDate: string | null) => ({ status, dueDate });

	it('marks open measures whose due date lies before today in Berlin', () => {
		const lateEvening = todayInBerlin(new Date('2026-11-25T23:30:00Z')); // 26 Nov in Berlin
		expect(isOverdue(m('in_progress', '2026-11-25'), lateEvening)).toBe(true);
		expect(isOverdue(m('in_progress', '2026-11-25'), todayInBerlin(new Date('2026-11-25T22:30:00Z')))).toBe(false);
		expect(isOverdue(m('planned', '2026-11-26'), lateEvening)).toBe(false); // due today is not overdue
		expect(isOverdue(m('idea', '2026-01-01'), lateEvening)).toBe(true);
	});

	it('never marks done or dropped measures or those without a due date', () => {
		expect(isOverdue(m('done', '2020-01-01'), '2026-11-26')).toBe(false);
		expect(isOverdue(m('dropped', '2020-01-01'), '2026-11-26')).toBe(false);
		expect(isOverdue(m('in_progress', null), '2026-11-26')).toBe(false);
	});
});

describe('reminderDue', () => {
	const base = { status: 'planned' as MeasureStatus, dueDate: '2026-12-10', reminderSentFor: null as string | null };

	it('is due from seven days before the due date up to the day itself', () => {
		expect(reminderDue(base, '2026-12-02')).toBe(false);
		expect(reminderDue(base, '2026-12-03')).toBe(true);
		expect(reminderDue(base, '2026-12-10')).toBe(true);
		expect(reminderDue(base, '2026-12-11')).toBe(false);
	});

	it('is sent once per due date and armed again when the due date moves', () => {
		expect(reminderDue({ ...base, reminderSentFor: '2026-12-10' }, '2026-12-05')).toBe(false);
		expect(reminderDue({ ...base, dueDate: '2026-12-12', reminderSentFor: '2026-12-10' }, '2026-12-05')).toBe(true);
	});

	it('needs an open measure with a due date', () => {
		expect(reminderDue({ ...base, status: 'done' }, '2026-12-05')).toBe(false);
		expect(reminderDue({ ...base, status: 'dropped' }, '2026-12-05')).toBe(false);
		expect(reminderDue({ ...base, status: 'idea' }, '2026-12-05')).toBe(true);
		expect(reminderDue({ ...base, dueDate: null }, '2026-12-05')).toBe(false);
	});
});
