import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestSession } from '../testing/session-factories';
import { consultationSession, outboxMail, userPreference } from '../db/schema';
import { sendSessionReminders } from './send-session-reminders';

const HOUR = 3_600_000;
const origin = 'http://localhost:3000';

describeDb('sendSessionReminders', ({ db }) => {
	let ags: string;
	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
	});

	it('reminds the people of sessions in the next 24 hours once; not cancelled, closed or far-away ones', async () => {
		// A time no other test uses, so that only this test's sessions are due.
		const now = new Date('2031-02-10T08:00:00Z');
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		const client = await createTestUser(db(), { roles: ['municipality'] });
		await db().insert(userPreference).values({ userId: client.id, locale: 'en' });
		const open = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		const closed = await createTestConsultation(db(), { municipalityAgs: ags, state: 'withdrawn' });
		for (const c of [open, closed]) {
			await addTestMember(db(), c.id, advisor.id, 'advisor');
			await addTestMember(db(), c.id, client.id, 'municipality');
		}
		const due = await createTestSession(db(), { consultationId: open.id, title: 'Workshop Fairer Markt', startsAt: new Date(now.getTime() + 23 * HOUR) });
		const cancelled = await createTestSession(db(), { consultationId: open.id, startsAt: new Date(now.getTime() + 2 * HOUR), cancelledAt: now });
		const far = await createTestSession(db(), { consultationId: open.id, startsAt: new Date(now.getTime() + 25 * HOUR) });
		const started = await createTestSession(db(), { consultationId: open.id, startsAt: new Date(now.getTime() - HOUR) });
		const ofClosed = await createTestSession(db(), { consultationId: closed.id, startsAt: new Date(now.getTime() + 3 * HOUR) });

		expect(await sendSessionReminders(db(), { origin, now })).toBe(1);
		expect(await sendSessionReminders(db(), { origin, now })).toBe(0);
		expect(await sendSessionReminders(db(), { origin, now: new Date(now.getTime() + HOUR / 2) })).toBe(0);

		const sentAt = async (id: string) => (await db().select().from(consultationSession).where(eq(consultationSession.id, id)))[0].reminderSentAt;
		expect(await sentAt(due.id)).toEqual(now);
		for (const s of [cancelled, far, started, ofClosed]) expect(await sentAt(s.id)).toBeNull();

		const toAdvisor = await db().select().from(outboxMail).where(eq(outboxMail.to, advisor.email));
		expect(toAdvisor).toHaveLength(1);
		expect(toAdvisor[0].subject).toMatch(/^Erinnerung: Workshop Fairer Markt am /);
		expect(toAdvisor[0].text).toContain(`${origin}/app/beratungen/${open.id}/termine/${due.id}`);
		const toClient = await db().select().from(outboxMail).where(eq(outboxMail.to, client.email));
		expect(toClient.map((m) => m.subject)).toEqual([expect.stringMatching(/^Reminder: Workshop Fairer Markt on /)]);

		// The far one becomes due an hour later.
		expect(await sendSessionReminders(db(), { origin, now: new Date(now.getTime() + 2 * HOUR) })).toBe(1);
		expect(await sentAt(far.id)).not.toBeNull();
	});
});
