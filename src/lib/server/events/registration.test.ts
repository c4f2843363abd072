import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestEvent } from '../testing/event-factories';
import { eventRegistration, outboxMail } from '../db/schema';
import { registerForEvent } from './register-for-event';
import { cancelRegistration, getRegistrationByToken } from './cancel-registration';
import { EventNotFoundError, RegistrationClosedError } from './errors';
import { hashCancelToken } from './registration-token';
import { deleteOldRegistrations } from './delete-old-registrations';

const origin = 'http://localhost:3000';
let n = 0;
const person = (name = 'Ayşe Yılmaz') => ({ name, email: `person-${++n}-${Math.random().toString(36).slice(2, 8)}@example.org` });

describeDb('event registration', ({ db }) => {
	const register = (slug: string, input = person(), locale = 'de') => registerForEvent(db(), { slug, input, locale }, { origin });
	const mailsTo = (to: string) => db().select().from(outboxMail).where(eq(outboxMail.to, to));
	const tokenFrom = (text: string) => /\/veranstaltungen\/abmelden\/([A-Za-z0-9_-]{43})/.exec(text)![1];
	const regsOf = (eventId: string) => db().select().from(eventRegistration).where(eq(eventRegistration.eventId, eventId));

	beforeAll(async () => {
		await db(); // the describeDb database is ready
	});

	it('confirms, mails the .ics and a cancellation link; stores only the token hash', async () => {
		const ev = await createTestEvent(db(), { capacity: 10, onlineUrl: 'https://konferenz.example.org/sdg' });
		const p = person();
		expect(await register(ev.slug, p, 'en')).toBe('confirmed');
		const [mail] = await mailsTo(p.email);
		expect(mail.subject).toContain('Registration confirmed');
		const token = tokenFrom(mail.text);
		expect(mail.text).toContain(`${origin}/en/veranstaltungen/abmelden/${token}`);
		const [reg] = await regsOf(ev.id);
		expect(reg).toMatchObject({ status: 'confirmed', locale: 'en', cancelTokenHash: hashCancelToken(token) });
		expect(JSON.stringify(reg)).not.toContain(token);
		expect(mail.attachments).toHaveLength(1);
		expect(mail.attachments[0].contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
		const vevent = new ICAL.Component(ICAL.parse(mail.attachments[0].content)).getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('uid')).toBe(`${ev.id}@miglobe`);
		expect(String(vevent.getFirstPropertyValue('description'))).toContain('https://konferenz.example.org/sdg');
		expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(ev.startsAt.getTime());
	});

	it('puts people on the waiting list when full and refuses the same address twice (any capitals)', async () => {
		const ev = await createTestEvent(db(), { capacity: 1 });
		const first = person();
		expect(await register(ev.slug, first)).toBe('confirmed');
		expect(await register(ev.slug, { name: 'Noch mal', email: first.email.toUpperCase() })).toBe('duplicate');
		const second = person();
		expect(await register(ev.slug, second)).toBe('waitlisted');
		const regs = await regsOf(ev.id);
		expect(regs.map((r) => r.status).sort()).toEqual(['confirmed', 'waitlisted']);
		const [wait] = await mailsTo(second.email);
		expect(wait.subject).toContain('Warteliste');
		expect(wait.attachments).toEqual([]);
		expect((await mailsTo(first.email))).toHaveLength(1);
	});

	it('gives the last seat to exactly one of many concurrent registrations', async () => {
		const ev = await createTestEvent(db(), { capacity: 3 });
		await register(ev.slug);
		await register(ev.slug);
		const results = await Promise.all(Array.from({ length: 6 }, () => register(ev.slug)));
		expect(results.filter((r) => r === 'confirmed')).toHaveLength(1);
		expect(results.filter((r) => r === 'waitlisted')).toHaveLength(5);
		const regs = await regsOf(ev.id);
		expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(3);
	});

	it('registers the same address only once even when sent twice at the same moment', async () => {
		const ev = await createTestEvent(db(), { capacity: 5 });
		const p = person();
		const results = await Promise.all([register(ev.slug, p), register(ev.slug, { ...p, email: p.email.toUpperCase() })]);
		expect(results.sort()).toEqual(['confirmed', 'duplicate']);
		expect(await regsOf(ev.id)).toHaveLength(1);
	});

	it('moves the first waiting person up when a confirmed seat is cancelled, with a mail and a new link', async () => {
		const ev = await createTestEvent(db(), { capacity: 1 });
		const seat = person();
		const waiting1 = person('Olena Kowalenko');
		const waiting2 = person();
		await register(ev.slug, seat);
		await register(ev.slug, waiting1, 'uk');
		await register(ev.slug, waiting2);
		const token = tokenFrom((await mailsTo(seat.email))[0].text);
		expect(await getRegistrationByToken(db(), token, 'de')).toMatchObject({ status: 'confirmed', slug: ev.slug });
		expect(await cancelRegistration(db(), token, { origin })).toBe('cancelled');
		expect(await cancelRegistration(db(), token, { origin })).toBe('already_cancelled');
		const byMail = Object.fromEntries((await regsOf(ev.id)).map((r) => [r.email, r.status]));
		expect(byMail).toEqual({ [seat.email]: 'cancelled', [waiting1.email]: 'confirmed', [waiting2.email]: 'waitlisted' });
		const mails = await mailsTo(waiting1.email);
		expect(mails).toHaveLength(2);
		const promoted = mails.find((m) => m.kind === 'event.promoted')!;
		expect(promoted.attachments).toHaveLength(1);
		const oldToken = tokenFrom(mails.find((m) => m.kind === 'event.waitlisted')!.text);
		const newToken = tokenFrom(promoted.text);
		expect(newToken).not.toBe(oldToken);
		expect(await getRegistrationByToken(db(), oldToken, 'de')).toBeNull();
		expect(await getRegistrationByToken(db(), newToken, 'de')).toMatchObject({ status: 'confirmed' });
	});

	it('does not promote anyone when a waiting person leaves the list', async () => {
		const ev = await createTestEvent(db(), { capacity: 1 });
		await register(ev.slug);
		const w1 = person();
		const w2 = person();
		await register(ev.slug, w1);
		await register(ev.slug, w2);
		expect(await cancelRegistration(db(), tokenFrom((await mailsTo(w1.email))[0].text), { origin })).toBe('cancelled');
		const statuses = (await regsOf(ev.id)).map((r) => r.status).sort();
		expect(statuses).toEqual(['cancelled', 'confirmed', 'waitlisted']);
	});

	it('answers unknown or malformed tokens as not found', async () => {
		expect(await cancelRegistration(db(), 'x'.repeat(43), { origin })).toBe('not_found');
		expect(await cancelRegistration(db(), '../../etc', { origin })).toBe('not_found');
		expect(await getRegistrationByToken(db(), 'x'.repeat(43), 'de')).toBeNull();
	});

	it('refuses drafts (as unknown), cancelled and started events', async () => {
		const draft = await createTestEvent(db(), { status: 'draft' });
		await expect(register(draft.slug)).rejects.toBeInstanceOf(EventNotFoundError);
		const cancelled = await createTestEvent(db(), { status: 'cancelled' });
		await expect(register(cancelled.slug)).rejects.toBeInstanceOf(RegistrationClosedError);
		const started = await createTestEvent(db(), { startsAt: new Date(Date.now() - 3_600_000) });
		await expect(register(started.slug)).rejects.toBeInstanceOf(RegistrationClosedError);
		await expect(register('gibt-es-nicht')).rejects.toBeInstanceOf(EventNotFoundError);
		const none = await db().select().from(eventRegistration).where(and(eq(eventRegistration.eventId, draft.id)));
		expect(none).toEqual([]);
	});
});

describeDb('deleting old registrations', ({ db }) => {
	it('deletes registrations 30 days after the event ended, and keeps newer ones', async () => {
		const now = new Date('2027-06-01T12:00:00Z');
		const old = await createTestEvent(db(), { startsAt: new Date('2027-04-20T10:00:00Z'), endsAt: new Date('2027-04-20T12:00:00Z') });
		const recent = await createTestEvent(db(), { startsAt: new Date('2027-05-10T10:00:00Z'), endsAt: new Date('2027-05-10T12:00:00Z') });
		for (const e of [old, recent]) {
			await db().insert(eventRegistration).values({ eventId: e.id, name: 'Kwame Mensah', email: `kwame-${e.id}@example.org`, status: 'confirmed', cancelTokenHash: hashCancelToken(e.id) });
		}
		expect(await deleteOldRegistrations(db(), now)).toBe(1);
		const left = await db().select().from(eventRegistration).where(inArray(eventRegistration.eventId, [old.id, recent.id]));
		expect(left.map((r) => r.eventId)).toEqual([recent.id]);
		expect(await deleteOldRegistrations(db(), now)).toBe(0);
	});
});

