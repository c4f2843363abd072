import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestSession } from '../testing/session-factories';
import { auditLog, user, userPreference } from '../db/schema';
import { getCalendarTokenCreatedAt, hashCalendarToken, renewCalendarToken, resolveCalendarToken } from './calendar-token';
import { listFeedSessions } from './list-feed-sessions';
import { buildCalendar } from './ics';

const DAY = 86_400_000;

describeDb('calendar feed', ({ db }) => {
	const now = new Date('2030-06-01T10:00:00Z');
	let ags: string;
	beforeAll(async () => {
		ags = (await createTestMunicipality(db(), { name: 'Feedstadt' })).ags;
	});

	it('stores only the hash; renewing invalidates the old URL; deactivated accounts resolve to nothing', async () => {
		const person = await createTestUser(db(), { roles: ['advisor', 'coordinator'] });
		expect(await getCalendarTokenCreatedAt(db(), person.id)).toBeNull();
		const first = await renewCalendarToken(db(), person.id, { now });
		expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const [pref] = await db().select().from(userPreference).where(eq(userPreference.userId, person.id));
		expect(pref.calendarTokenHash).toBe(hashCalendarToken(first));
		expect(JSON.stringify(pref)).not.toContain(first);
		expect(await getCalendarTokenCreatedAt(db(), person.id)).toEqual(now);
		expect(await resolveCalendarToken(db(), first)).toMatchObject({ id: person.id, roles: expect.arrayContaining(['advisor', 'coordinator']), locale: 'de' });

		const second = await renewCalendarToken(db(), person.id, { now });
		expect(second).not.toBe(first);
		expect(await resolveCalendarToken(db(), first)).toBeNull();
		expect(await resolveCalendarToken(db(), second)).toMatchObject({ id: person.id });
		expect(await resolveCalendarToken(db(), 'kurz')).toBeNull();
		const actions = (await db().select().from(auditLog).where(eq(auditLog.targetId, person.id))).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['calendar_feed.create', 'calendar_feed.renew']));

		await db().update(user).set({ deactivatedAt: now }).where(eq(user.id, person.id));
		expect(await resolveCalendarToken(db(), second)).toBeNull();
	});

	it('gives each role its sessions from 90 days ago on, and never internal notes', async () => {
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		const client = await createTestUser(db(), { roles: ['municipality'] });
		const organisationUser = await createTestUser(db(), { roles: ['organisation'] });
		const mine = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		const invitedOnly = await createTestConsultation(db(), { municipalityAgs: ags, state: 'matching' });
		const closed = await createTestConsultation(db(), { municipalityAgs: ags, state: 'completed' });
		await addTestMember(db(), mine.id, advisor.id, 'advisor');
		await addTestMember(db(), closed.id, advisor.id, 'advisor');
		await addTestMember(db(), invitedOnly.id, advisor.id, 'advisor', 'invited');
		await addTestMember(db(), mine.id, client.id, 'municipality');

		const soon = await createTestSession(db(), { consultationId: mine.id, title: 'Bald', startsAt: new Date(now.getTime() + 3 * DAY), notesInternal: 'GEHEIM-INTERN' });
		const recent = await createTestSession(db(), { consultationId: mine.id, title: 'Kürzlich', startsAt: new Date(now.getTime() - 80 * DAY), cancelledAt: now });
		await createTestSession(db(), { consultationId: mine.id, title: 'Zu alt', startsAt: new Date(now.getTime() - 91 * DAY) });
		const invited = await createTestSession(db(), { consultationId: invitedOnly.id, title: 'Nur angefragt', startsAt: new Date(now.getTime() + DAY) });
		const ofClosed = await createTestSession(db(), { consultationId: closed.id, title: 'Abgeschlossen', startsAt: new Date(now.getTime() - DAY) });

		const titles = async (owner: { id: string; roles: ('coordinator' | 'advisor' | 'municipality' | 'organisation')[] }) =>
			(await listFeedSessions(db(), owner, now)).filter((s) => [mine.id, invitedOnly.id, closed.id].includes(s.consultationId)).map((s) => s.id);

		expect(await titles({ id: coordinator.id, roles: ['coordinator'] })).toEqual([recent.id, invited.id, soon.id]);
		expect(await titles({ id: advisor.id, roles: ['advisor'] })).toEqual([recent.id, ofClosed.id, soon.id]);
		expect(await titles({ id: client.id, roles: ['municipality'] })).toEqual([recent.id, soon.id]);
		expect(await titles({ id: organisationUser.id, roles: ['organisation'] })).toEqual([]);
		// A municipality role without membership sees nothing, even with a feed token.
		expect(await titles({ id: organisationUser.id, roles: ['municipality'] })).toEqual([]);

		const feed = await listFeedSessions(db(), { id: client.id, roles: ['municipality'] }, now);
		expect(feed[0]).toMatchObject({ reference: mine.reference, client: 'Feedstadt' });
		const text = buildCalendar(feed, { origin: 'http://localhost:3000', name: 'Feed' });
		expect(text).not.toContain('GEHEIM-INTERN');
		const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.uid)).toEqual([`${recent.id}@miglobe`, `${soon.id}@miglobe`]);
		expect(events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});
});
