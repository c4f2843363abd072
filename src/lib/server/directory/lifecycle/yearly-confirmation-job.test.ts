import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { job, organisation, outboxMail } from '../../db/schema';
import { describeDb } from '../../testing/test-db';
import { createTestMunicipality } from '../../testing/geo-factories';
import { createTestOrganisation } from '../../testing/directory-factories';
import { runYearlyConfirmation } from './run-yearly-confirmation';
import { runYearlyConfirmationJob, scheduleYearlyConfirmation, YEARLY_CONFIRMATION_JOB } from './schedule-yearly-confirmation';

const ORIGIN = 'http://localhost:3000';
const DAY = 86_400_000;

describeDb('yearly confirmation job', ({ db }) => {
	beforeAll(async () => {
		await createTestMunicipality(db(), { ags: '05315000', name: 'Köln' });
	});

	const load = async (id: string) => (await db().select().from(organisation).where(eq(organisation.id, id)))[0];
	const mails = (to: string, kind: string) => db().select().from(outboxMail).where(and(eq(outboxMail.to, to), eq(outboxMail.kind, kind)));

	it('reminds twice 14 days apart, then hides (never deletes); a recent entry is left alone', async () => {
		const confirmedAt = new Date('2025-01-15T08:00:00Z');
		const old = await createTestOrganisation(db(), { municipalityAgs: '05315000', lastConfirmedAt: confirmedAt, createdAt: confirmedAt });
		const recent = await createTestOrganisation(db(), { municipalityAgs: '05315000', lastConfirmedAt: new Date('2025-12-01T08:00:00Z') });
		const hiddenByCoordinator = await createTestOrganisation(db(), { municipalityAgs: '05315000', status: 'hidden', hiddenReason: 'coordinator', lastConfirmedAt: confirmedAt });

		const t0 = new Date('2026-01-15T08:00:00Z');
		await runYearlyConfirmation(db(), { origin: ORIGIN, now: new Date(t0.getTime() - 1) });
		expect((await load(old.id)).remindersSent).toBe(0);

		await runYearlyConfirmation(db(), { origin: ORIGIN, now: t0 });
		expect(await load(old.id)).toMatchObject({ remindersSent: 1, status: 'published' });
		const [reminder] = await mails(old.contactEmail, 'organisation.reminder');
		expect(reminder.text).toContain(`${ORIGIN}/vereine/bearbeiten/`);

		// Running again the same week changes nothing.
		await runYearlyConfirmation(db(), { origin: ORIGIN, now: new Date(t0.getTime() + 13 * DAY) });
		expect((await load(old.id)).remindersSent).toBe(1);

		await runYearlyConfirmation(db(), { origin: ORIGIN, now: new Date(t0.getTime() + 14 * DAY) });
		expect((await load(old.id)).remindersSent).toBe(2);
		expect(await mails(old.contactEmail, 'organisation.reminder')).toHaveLength(2);

		await runYearlyConfirmation(db(), { origin: ORIGIN, now: new Date(t0.getTime() + 28 * DAY - 1) });
		expect((await load(old.id)).status).toBe('published');

		const result = await runYearlyConfirmation(db(), { origin: ORIGIN, now: new Date(t0.getTime() + 28 * DAY) });
		expect(result.hidden).toBeGreaterThanOrEqual(1);
		expect(await load(old.id)).toMatchObject({ status: 'hidden', hiddenReason: 'not_confirmed' });
		expect(await mails(old.contactEmail, 'organisation.hidden')).toHaveLength(1);

		expect(await load(recent.id)).toMatchObject({ status: 'published', remindersSent: 0 });
		expect(await load(hiddenByCoordinator.id)).toMatchObject({ status: 'hidden', hiddenReason: 'coordinator', remindersSent: 0 });
	});

	it('keeps exactly one pending run and schedules the next day after each run', async () => {
		await db().delete(job).where(eq(job.type, YEARLY_CONFIRMATION_JOB));
		const first = await scheduleYearlyConfirmation(db());
		expect(await scheduleYearlyConfirmation(db())).toBe(first);
		await db().update(job).set({ status: 'running' }).where(eq(job.id, first));

		const now = new Date('2026-06-01T03:00:00Z');
		await runYearlyConfirmationJob(db(), ORIGIN, now);
		const pending = await db().select().from(job).where(and(eq(job.type, YEARLY_CONFIRMATION_JOB), eq(job.status, 'pending')));
		expect(pending).toHaveLength(1);
		expect(pending[0].runAt.toISOString()).toBe('2026-06-02T03:00:00.000Z');
	});
});
