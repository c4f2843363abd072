import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, icsFileName, sessionUid, type IcsSession } from './ics';
import { toBerlinInput } from './session-time';

const base: IcsSession = {
	id: '0b6c4a9e-6a0f-4c49-9d5e-3f1f2b7a8c01',
	consultationId: 'c1d2e3f4-0000-4000-8000-000000000001',
	title: 'Dialogforum; Rathaus, Saal 2',
	format: 'dialogforum',
	startsAt: new Date('2027-05-12T16:00:00Z'),
	durationMinutes: 90,
	place: 'Rathaus Köln, Spanischer Bau',
	onlineUrl: 'https://meet.example.org/dialog',
	agenda: '1. Begrüßung\n2. Austausch mit den Vereinen',
	notesShared: 'Bitte Namensschilder mitbringen.',
	cancelledAt: null,
	version: 3,
	createdAt: new Date('2027-04-01T08:00:00Z'),
	updatedAt: new Date('2027-04-02T08:00:00Z'),
	reference: 'MG-2027-0005',
	client: 'Köln, Stadt'
};

const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('buildCalendar', () => {
	it('round-trips through ical.js: UID, SEQUENCE, times, texts with special characters', () => {
		const text = buildCalendar([base], { origin: 'https://miglobe.example', name: 'MiGlobe NRW – Test' });
		expect(text).toContain('DTSTART:20270512T160000Z');
		const [event] = parse(text);
		expect(event.uid).toBe(`${base.id}@miglobe`);
		expect(event.sequence).toBe(3);
		expect(event.summary).toBe('Dialogforum; Rathaus, Saal 2 – Köln, Stadt');
		expect(event.location).toBe('Rathaus Köln, Spanischer Bau');
		// 18:00 in Berlin (summer time) for a reader of the file.
		expect(toBerlinInput(event.startDate.toJSDate())).toEqual({ date: '2027-05-12', time: '18:00' });
		expect(event.endDate.toJSDate()).toEqual(new Date('2027-05-12T17:30:00Z'));
		expect(event.description).toContain('1. Begrüßung\n2. Austausch mit den Vereinen');
		expect(event.description).toContain('Bitte Namensschilder mitbringen.');
		expect(event.description).toContain(`https://miglobe.example/app/beratungen/${base.consultationId}/termine/${base.id}`);
		expect(event.description).toContain('Online-Teilnahme: https://meet.example.org/dialog');
		expect(event.description).toContain(`Beratung: MG-2027-0005 – Köln, Stadt (https://miglobe.example/app/beratungen/${base.consultationId})`);
		expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(String(event.component.getFirstPropertyValue('dtstamp'))).toBe('2027-04-02T08:00:00Z');
	});

	it('marks a cancelled session and never writes internal notes, even when handed a full row', () => {
		const row = { ...base, cancelledAt: new Date('2027-05-01T10:00:00Z'), version: 4, notesInternal: 'GEHEIM: Konflikt im Integrationsrat' };
		const text = buildCalendar([row], { origin: 'https://miglobe.example', name: 'x', locale: 'en' });
		expect(text).not.toContain('GEHEIM');
		const [event] = parse(text);
		expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(event.summary).toBe('Cancelled: Dialogforum; Rathaus, Saal 2 – Köln, Stadt');
		expect(event.sequence).toBe(4);
		expect(event.uid).toBe(sessionUid(base.id));
	});

	it('writes a feed of several sessions, the empty one too, with a refresh interval', () => {
		const text = buildCalendar([base, { ...base, id: 'other', place: '', onlineUrl: null, agenda: '', notesShared: '' }], { origin: 'https://x', name: 'Feed', ttlSeconds: 3600 });
		const events = parse(text);
		expect(events.map((e) => e.uid)).toEqual([`${base.id}@miglobe`, 'other@miglobe']);
		expect(events[1].location).toBeNull();
		expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/);
		expect(parse(buildCalendar([], { origin: 'https://x', name: 'Leer' }))).toEqual([]);
	});

	it('names the download by the Berlin date', () => {
		expect(icsFileName(new Date('2027-06-30T22:30:00Z'))).toBe('termin-2027-07-01.ics');
	});
});
