import { describe, expect, it } from 'vitest';
import { parseForm } from '../forms';
import { createMeasureSchema, isCalendarDate, MEASURE_FIELD_MESSAGES, normaliseDate, statusChangeSchema, updateMeasureSchema } from './measure-forms';

const TOPICS = ['fair-procurement', 'agenda-2030'];

function form(entries: Record<string, string | string[]>) {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) for (const x of [v].flat()) data.append(k, x);
	return data;
}
const parseCreate = (entries: Record<string, string | string[]>) =>
	parseForm(createMeasureSchema(TOPICS), form(entries), { arrays: ['sdgs'], messages: MEASURE_FIELD_MESSAGES });

describe('measure form', () => {
	it('accepts a complete measure and normalises it', () => {
		const r = parseCreate({ title: '  Fairer Markt  ', owner: 'Amt für Integration', startDate: '2026-03-01', dueDate: '2026-05-16', topic: 'fair-procurement', sdgs: ['12', '8', '12'], status: 'planned' });
		expect(r).toEqual({
			ok: true,
			data: { title: 'Fairer Markt', description: '', owner: 'Amt für Integration', startDate: '2026-03-01', dueDate: '2026-05-16', topic: 'fair-procurement', sdgs: [8, 12], status: 'planned' }
		});
	});

	it('needs only a title; empty dates and topic become null, the status idea', () => {
		const r = parseCreate({ title: 'Idee', description: '', owner: '', startDate: '', dueDate: '', topic: '' });
		expect(r).toMatchObject({ ok: true, data: { startDate: null, dueDate: null, topic: null, sdgs: [], status: 'idea' } });
	});

	it('refuses a due date before the start at the due date field, together with other errors', () => {
		const r = parseCreate({ title: '', startDate: '2026-12-10', dueDate: '2026-12-01' });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual({ title: 'Bitte geben Sie einen Titel an.', dueDate: 'Das Fälligkeitsdatum darf nicht vor dem Beginn liegen.' });
		expect(r.values).toMatchObject({ startDate: '2026-12-10', dueDate: '2026-12-01', sdgs: [] });
		// The same day is fine.
		expect(parseCreate({ title: 'x', startDate: '2026-12-01', dueDate: '2026-12-01' }).ok).toBe(true);
	});

	it('refuses over-long texts with the limit in the message', () => {
		const r = parseCreate({ title: 'a'.repeat(201), description: 'b'.repeat(5001), owner: 'c'.repeat(201) });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual({
			title: 'Der Titel darf höchstens 200 Zeichen lang sein.',
			description: 'Die Beschreibung darf höchstens 5000 Zeichen lang sein.',
			owner: 'Die Angabe „Verantwortlich“ darf höchstens 200 Zeichen lang sein.'
		});
		expect(parseCreate({ title: 'a'.repeat(200), description: 'b'.repeat(5000), owner: 'c'.repeat(200) }).ok).toBe(true);
	});

	it('refuses invalid dates, unknown topics, SDGs outside 1–17 and a dropped start', () => {
		const r = parseCreate({ title: 'x', startDate: '2026-02-30', dueDate: 'morgen', topic: 'unbekannt', sdgs: ['18'], status: 'dropped' });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(Object.keys(r.errors).sort()).toEqual(['dueDate', 'sdgs', 'startDate', 'status', 'topic']);
		expect(r.errors.startDate).toBe('Bitte geben Sie ein gültiges Datum an, zum Beispiel 25.11.2026.');
		expect(parseCreate({ title: 'x', sdgs: ['0'] }).ok).toBe(false);
		expect(parseCreate({ title: 'x', sdgs: ['1', '17'] }).ok).toBe(true);
	});

	it('understands dates typed the German way', () => {
		expect(normaliseDate('5.3.2026')).toBe('2026-03-05');
		expect(normaliseDate('25.11.2026')).toBe('2026-11-25');
		expect(normaliseDate('31.04.2026')).toBeNull();
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2027-02-29')).toBe(false);
		expect(isCalendarDate('1999-12-31')).toBe(false);
	});

	it('needs the version for an edit and a known status for a status change', () => {
		const ok = parseForm(updateMeasureSchema(TOPICS), form({ title: 'x', version: '3' }), { arrays: ['sdgs'] });
		expect(ok).toMatchObject({ ok: true, data: { version: 3 } });
		expect(parseForm(updateMeasureSchema(TOPICS), form({ title: 'x' }), { arrays: ['sdgs'] }).ok).toBe(false);
		expect(parseForm(statusChangeSchema, form({ version: '1', to: 'planned', note: ' Beschlossen ' }))).toEqual({ ok: true, data: { version: 1, to: 'planned', note: 'Beschlossen' } });
		const bad = parseForm(statusChangeSchema, form({ version: '1', note: 'n'.repeat(2001) }), { messages: MEASURE_FIELD_MESSAGES });
		expect(bad).toMatchObject({ ok: false, errors: { to: 'Bitte wählen Sie einen Status aus.', note: 'Die Notiz darf höchstens 2000 Zeichen lang sein.' } });
	});
});
