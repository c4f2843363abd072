import { TZDate } from '@date-fns/tz';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { auditLog, notification, outboxMail, user, userPreference } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestNotification, setTestPreferences } from '../testing/notification-factories';
import { notifyParticipants, notifyUsers, type Notice } from './notify';
import { sendDailyDigests } from './send-daily-digests';
import { getPreferences } from './get-preferences';
import { updatePreferences } from './update-preferences';

const origin = 'http://localhost:3000';

/** A time on a Berlin calendar day relative to today, so that rows created now are never older than retention. */
function berlin(dayOffset: number, hour: number, minute = 0): Date {
	const today = new TZDate(Date.now(), 'Europe/Berlin');
	return new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + dayOffset, hour, minute, 'Europe/Berlin').getTime());
}

const notice = (tag: string): Notice => ({
	kind: 'test.notice',
	render: (locale: Locale) => ({ subject: `${locale}: ${tag}`, text: `${locale} text ${tag}\n\n-- \n${m.mail_footer({}, { locale })}` })
});

describeDb('notifications', ({ db }) => {
	const mailsTo = (email: string) => db().select().from(outboxMail).where(eq(outboxMail.to, email)).orderBy(outboxMail.createdAt);
	const pendingOf = (userId: string) => db().select().from(notification).where(eq(notification.userId, userId));
	let ags: string;
	beforeAll(async () => {
		ags = (await createTestMunicipality(db(), { name: 'Teststadt am Rhein' })).ags;
	});

	it('mails people who want it immediately in their language and keeps a digest row for the others', async () => {
		const de = await createTestUser(db());
		const en = await createTestUser(db());
		const daily = await createTestUser(db());
		await setTestPreferences(db(), en.id, { locale: 'en' });
		await setTestPreferences(db(), daily.id, { locale: 'en', notificationMode: 'daily' });
		await notifyUsers(db(), [de.id, en.id, daily.id, de.id], notice('eins'));
		expect((await mailsTo(de.email)).map((x) => x.subject)).toEqual(['de: eins']);
		expect((await mailsTo(en.email)).map((x) => x.subject)).toEqual(['en: eins']);
		expect(await mailsTo(daily.email)).toEqual([]);
		const rows = await pendingOf(daily.id);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ subject: 'en: eins', digestedAt: null, kind: 'test.notice' });
		expect(await pendingOf(de.id)).toEqual([]);
	});

	it('gives deactivated accounts nothing, neither a mail nor a digest row', async () => {
		const off = await createTestUser(db());
		const offDaily = await createTestUser(db());
		await setTestPreferences(db(), offDaily.id, { notificationMode: 'daily' });
		await db().update(user).set({ deactivatedAt: new Date() }).where(inArray(user.id, [off.id, offDaily.id]));
		await notifyUsers(db(), [off.id, offDaily.id], notice('zwei'));
		expect(await mailsTo(off.email)).toEqual([]);
		expect(await pendingOf(offDaily.id)).toEqual([]);
	});

	it('notifies the participants of a consultation by audience, leaving out the author', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags });
		const advisor = await createTestUser(db(), { roles: ['advisor'] });
		const invited = await createTestUser(db(), { roles: ['advisor'] });
		const client = await createTestUser(db(), { roles: ['municipality'] });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, invited.id, 'advisor', 'invited');
		await addTestMember(db(), c.id, client.id, 'municipality');
		await notifyParticipants(db(), { ...notice('intern'), consultationId: c.id }, { audience: 'internal' });
		await notifyParticipants(db(), { ...notice('alle'), consultationId: c.id }, { audience: 'all', except: client.id });
		expect((await mailsTo(advisor.email)).map((x) => x.subject)).toEqual(['de: intern', 'de: alle']);
		expect(await mailsTo(invited.email)).toEqual([]);
		expect(await mailsTo(client.email)).toEqual([]);
	});

	it('sends the digest from 07:00 Berlin time, once a day, in the person’s language, grouped by consultation', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags });
		const person = await createTestUser(db());
		await setTestPreferences(db(), person.id, { locale: 'en', notificationMode: 'daily', lastDigestAt: berlin(-1, 7, 2) });
		await createTestNotification(db(), person.id, { consultationId: c.id, subject: 'New date', text: 'Hello,\n\na date was added.\n\n-- \nFooter line' });
		await createTestNotification(db(), person.id, { subject: 'Without consultation', text: 'General news.' });
		await createTestNotification(db(), person.id, { consultationId: c.id, subject: 'New message', text: 'Hello,\n\nsomeone wrote.' });

		await sendDailyDigests(db(), { origin, now: berlin(1, 6, 59) });
		expect(await mailsTo(person.email)).toEqual([]);

		await sendDailyDigests(db(), { origin, now: berlin(1, 7, 0) });
		const mails = await mailsTo(person.email);
		expect(mails).toHaveLength(1);
		const mail = mails[0];
		expect(mail.kind).toBe('notification.digest');
		expect(mail.subject).toMatch(/^MiGlobe NRW: your summary of /);
		expect(mail.text).toContain('there are 3 pieces of news');
		expect(mail.text).toContain(`Consultation ${c.reference} – Teststadt am Rhein`);
		expect(mail.text).toContain(`${origin}/app/beratungen/${c.id}`);
		expect(mail.text).toContain(`${origin}/app/konto/benachrichtigungen`);
		// Grouped: both items of the consultation come before the general one; item footers are left out.
		expect(mail.text.indexOf('* New message')).toBeLessThan(mail.text.indexOf('General'));
		expect(mail.text.indexOf('* New date')).toBeLessThan(mail.text.indexOf('* New message'));
		expect(mail.text).not.toContain('Footer line');
		expect(mail.text.trimEnd().endsWith(m.mail_footer({}, { locale: 'en' }))).toBe(true);

		const rows = await pendingOf(person.id);
		expect(rows.every((r) => r.digestedAt?.getTime() === berlin(1, 7, 0).getTime())).toBe(true);
		const [pref] = await db().select().from(userPreference).where(eq(userPreference.userId, person.id));
		expect(pref.lastDigestAt?.getTime()).toBe(berlin(1, 7, 0).getTime());

		// New items later that day wait for tomorrow, even when the sweep runs again.
		await createTestNotification(db(), person.id, { consultationId: c.id, subject: 'Later' });
		await sendDailyDigests(db(), { origin, now: berlin(1, 8, 0) });
		await sendDailyDigests(db(), { origin, now: berlin(1, 23, 59) });
		await sendDailyDigests(db(), { origin, now: berlin(2, 6, 30) });
		expect(await mailsTo(person.email)).toHaveLength(1);
		await sendDailyDigests(db(), { origin, now: berlin(2, 7, 10) });
		const next = await mailsTo(person.email);
		expect(next).toHaveLength(2);
		expect(next[1].text).toContain('there is one piece of news');
		expect(next[1].text).toContain('* Later');
	});

	it('sends German digests by default, nothing without news, and nothing to deactivated accounts', async () => {
		const de = await createTestUser(db());
		const quiet = await createTestUser(db());
		const off = await createTestUser(db());
		await setTestPreferences(db(), de.id, { notificationMode: 'daily' });
		await setTestPreferences(db(), quiet.id, { notificationMode: 'daily' });
		await setTestPreferences(db(), off.id, { notificationMode: 'daily' });
		await createTestNotification(db(), de.id);
		const waiting = await createTestNotification(db(), off.id);
		await db().update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, off.id));

		expect(await sendDailyDigests(db(), { origin, now: berlin(3, 9, 0) })).toBeGreaterThanOrEqual(1);
		const [mail] = await mailsTo(de.email);
		expect(mail.subject).toMatch(/^MiGlobe NRW: Ihre Zusammenfassung vom \d{2}\.\d{2}\.\d{4}$/);
		expect(mail.text).toContain('gibt es eine Neuigkeit');
		expect(await mailsTo(quiet.email)).toEqual([]);
		expect(await mailsTo(off.email)).toEqual([]);
		expect((await pendingOf(off.id))[0]).toMatchObject({ id: waiting.id, digestedAt: null });
	});

	it('deletes digested rows 30 days after the digest, and undelivered ones 30 days after they were made', async () => {
		const person = await createTestUser(db());
		const now = berlin(0, 5, 0); // before 07:00: the sweep still cleans up
		const day = 86_400_000;
		const old = await createTestNotification(db(), person.id, { digestedAt: new Date(now.getTime() - 31 * day) });
		const recent = await createTestNotification(db(), person.id, { digestedAt: new Date(now.getTime() - 29 * day) });
		const stale = await createTestNotification(db(), person.id, { createdAt: new Date(now.getTime() - 31 * day) });
		const fresh = await createTestNotification(db(), person.id);
		expect(await sendDailyDigests(db(), { origin, now })).toBe(0);
		const left = (await pendingOf(person.id)).map((r) => r.id).sort();
		expect(left).toEqual([recent.id, fresh.id].sort());
		expect(left).not.toContain(old.id);
		expect(left).not.toContain(stale.id);
	});

	it('reads defaults and saves language and mode without touching the calendar columns', async () => {
		const person = await createTestUser(db());
		expect(await getPreferences(db(), person.id)).toEqual({ locale: 'de', notificationMode: 'immediate' });
		await updatePreferences(db(), { userId: person.id, locale: 'en', notificationMode: 'daily' });
		expect(await getPreferences(db(), person.id)).toEqual({ locale: 'en', notificationMode: 'daily' });
		await db().update(userPreference).set({ calendarTokenHash: 'a'.repeat(64) }).where(eq(userPreference.userId, person.id));
		await updatePreferences(db(), { userId: person.id, locale: 'de', notificationMode: 'immediate' });
		const [row] = await db().select().from(userPreference).where(eq(userPreference.userId, person.id));
		expect(row).toMatchObject({ locale: 'de', notificationMode: 'immediate', calendarTokenHash: 'a'.repeat(64) });
		const audits = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, person.id), eq(auditLog.action, 'user.notification_preferences')));
		expect(audits).toHaveLength(2);
	});
});
