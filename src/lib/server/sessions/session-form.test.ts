import { describe, expect, it } from 'vitest';
import { parseForm } from '../forms';
import { SESSION_FIELD_MESSAGES, sessionFormSchema } from './session-form';

const now = new Date('2027-03-01T12:00:00Z');
const form = (values: Record<string, string | string[]>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(values)) for (const x of [v].flat()) data.append(k, x);
	return data;
};
const valid = { title: 'Dialogforum im Rathaus', format: 'dialogforum', date: '2027-05-12', time: '18:00', durationMinutes: '120', place: 'Rathaus, Raum 3', onlineUrl: '', agenda: 'Begrüßung', participantCount: '', organisationsText: '', notesShared: '', notesInternal: '' };
const parse = (values: Record<string, string | string[]>, isNew = true) =>
	parseForm(sessionFormSchema({ now, isNew }), form(values), { arrays: ['organisationIds'], messages: SESSION_FIELD_MESSAGES });

describe('sessionFormSchema', () => {
	it('turns the Berlin date and time into a UTC instant', () => {
		const r = parse({ ...valid, participantCount: '24', organisationIds: ['8D7C2F6E-1111-4222-8333-944445555666'] });
		expect(r.ok && r.data).toMatchObject({ startsAt: new Date('2027-05-12T16:00:00Z'), durationMinutes: 120, participantCount: 24, onlineUrl: null, organisationIds: ['8d7c2f6e-1111-4222-8333-944445555666'] });
	});

	it('refuses a new session in the past (Berlin time is UTC+1 here) at the date field, keeping the input; an edit may be in the past', () => {
		const r = parse({ ...valid, date: '2027-03-01', time: '13:30' });
		expect(r.ok).toBe(true);
		const past = parse({ ...valid, date: '2027-03-01', time: '12:30' });
		expect(past).toMatchObject({ ok: false, errors: { date: 'Datum und Uhrzeit liegen in der Vergangenheit. Neue Termine müssen in der Zukunft liegen.' }, values: { title: valid.title } });
		expect(parse({ ...valid, date: '2020-01-01' }, false).ok).toBe(true);
	});

	it('names the clock change at the time field', () => {
		expect(parse({ ...valid, date: '2027-03-28', time: '02:30' })).toMatchObject({ ok: false, errors: { time: expect.stringContaining('gibt es an diesem Tag nicht') } });
		expect(parse({ ...valid, date: '2027-10-31', time: '02:15' })).toMatchObject({ ok: false, errors: { time: expect.stringContaining('zweimal') } });
	});

	it('reports every bad field at once', () => {
		const r = parse({ ...valid, title: ' ', format: 'party', date: '31.02.2027', time: '25:00', durationMinutes: '10', onlineUrl: 'javascript:alert(1)', participantCount: '-3' });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(Object.keys(r.errors).sort()).toEqual(['date', 'durationMinutes', 'format', 'onlineUrl', 'participantCount', 'time', 'title']);
		expect(r.errors.durationMinutes).toBe('Bitte geben Sie die Dauer in ganzen Minuten an, mindestens 15 und höchstens 720.');
	});

	it('accepts the duration limits and web links only', () => {
		expect(parse({ ...valid, durationMinutes: '15' }).ok).toBe(true);
		expect(parse({ ...valid, durationMinutes: '720' }).ok).toBe(true);
		expect(parse({ ...valid, durationMinutes: '721' }).ok).toBe(false);
		expect(parse({ ...valid, onlineUrl: 'https://meet.example.org/raum-42' }).ok).toBe(true);
		expect(parse({ ...valid, onlineUrl: 'http://intern.example/jitsi' }).ok).toBe(true);
		expect(parse({ ...valid, onlineUrl: 'meet.example.org' }).ok).toBe(false);
		expect(parse({ ...valid, onlineUrl: 'ftp://example.org' }).ok).toBe(false);
		expect(parse({ ...valid, title: 'x'.repeat(201) })).toMatchObject({ ok: false, errors: { title: 'Der Titel darf höchstens 200 Zeichen lang sein.' } });
		expect(parse({ ...valid, agenda: 'x'.repeat(5001) })).toMatchObject({ ok: false, errors: { agenda: expect.stringContaining('zu lang') } });
	});
});
