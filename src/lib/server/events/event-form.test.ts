import { describe, expect, it } from 'vitest';
import { eventFormSchema, registrationSchema } from './event-form';

const now = new Date('2026-11-25T12:00:00Z');
const base = { title: 'SDG-Werkstatt', description: '', startDate: '2027-03-10', startTime: '17:00', endDate: '', endTime: '20:00', place: 'Bürgerzentrum', topics: [], organisationIds: [] };

describe('eventFormSchema', () => {
	it('turns Berlin wall-clock times into instants; the end date defaults to the start date', () => {
		const r = eventFormSchema({ now, isNew: true }).safeParse({ ...base, capacity: '20' });
		expect(r.success && r.data).toMatchObject({ startsAt: new Date('2027-03-10T16:00:00Z'), endsAt: new Date('2027-03-10T19:00:00Z'), capacity: 20, onlineUrl: null });
		const summer = eventFormSchema({ now, isNew: true }).safeParse({ ...base, startDate: '2027-07-03', startTime: '14:00', endDate: '2027-07-04', endTime: '18:00' });
		expect(summer.success && summer.data).toMatchObject({ startsAt: new Date('2027-07-03T12:00:00Z'), endsAt: new Date('2027-07-04T16:00:00Z') });
	});

	it('refuses an end before the start, a start in the past and a DST gap', () => {
		const issues = (v: object, isNew = true) => {
			const r = eventFormSchema({ now, isNew }).safeParse({ ...base, ...v });
			return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
		};
		expect(issues({ endTime: '16:00' })).toEqual(['endTime:event_end_before_start']);
		expect(issues({ startDate: '2026-01-10', endDate: '2026-01-10' })).toEqual(['startDate:event_in_past']);
		expect(issues({ startDate: '2026-01-10', endDate: '2026-01-10' }, false)).toEqual([]);
		expect(issues({ startDate: '2027-03-28', startTime: '02:30' })).toEqual(['startTime:time_nonexistent']);
	});

	it('needs a place or an online link, and the link must be http(s)', () => {
		const r = eventFormSchema({ now, isNew: true }).safeParse({ ...base, place: '', onlineUrl: 'javascript:alert(1)' });
		expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['event_url_invalid']);
		const neither = eventFormSchema({ now, isNew: true }).safeParse({ ...base, place: '', onlineUrl: '' });
		expect(neither.success ? [] : neither.error.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toEqual(['place:event_place_required']);
		const online = eventFormSchema({ now, isNew: true }).safeParse({ ...base, place: '', onlineUrl: 'https://konferenz.example.org/raum' });
		expect(online.success && online.data.onlineUrl).toBe('https://konferenz.example.org/raum');
	});

	it('refuses a capacity of 0 or non-numbers', () => {
		for (const capacity of ['0', '-3', 'zwanzig', '2.5']) {
			const r = eventFormSchema({ now, isNew: true }).safeParse({ ...base, capacity });
			expect(r.success).toBe(false);
		}
	});
});

describe('registrationSchema', () => {
	it('needs a name and a valid address', () => {
		expect(registrationSchema.safeParse({ name: ' ', email: 'x@example.org' }).success).toBe(false);
		expect(registrationSchema.safeParse({ name: 'Ayşe', email: 'kein-at' }).success).toBe(false);
		expect(registrationSchema.safeParse({ name: 'Ayşe', email: 'ayse@example.org' }).success).toBe(true);
	});
});
