import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { createApprovedTimeEntry, createTestRate } from '../testing/statement-factories';
import { auditLog, honorariumRate } from '../db/schema';
import { seedDemoRates } from '../seed/demo-rates';
import { listMonthAdvisors, listRates, listStatementMonths, loadMonthStatements, loadStatement } from './load-statement';
import { RateRefusedError, setHonorariumRate } from './set-honorarium-rate';

describeDb('honorarium statements', ({ db }) => {
	let samuel: { id: string }, ayse: { id: string }, admin: { id: string };
	let consultationId = '';
	let reference = '';

	beforeAll(async () => {
		const ags = (await createTestMunicipality(db())).ags;
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		consultationId = c.id;
		reference = c.reference;
		samuel = await createTestUser(db(), { roles: ['advisor'], name: 'Samuel Mensah' });
		ayse = await createTestUser(db(), { roles: ['advisor'], name: 'Ayşe Yılmaz' });
		admin = await createTestUser(db(), { roles: ['admin'] });
		await createTestRate(db(), { validFrom: '2026-01-01', hourlyCents: 5000, kilometreCents: 30 });
		const approved = (advisorId: string, workDate: string, over: object = {}) =>
			createApprovedTimeEntry(db(), { advisorId, consultationId, workDate, ...over });
		await approved(samuel.id, '2026-10-31');
		await approved(samuel.id, '2026-11-01', { minutes: 150, kilometres: 84, expensesCents: 1290 });
		await approved(samuel.id, '2026-11-30', { minutes: 20, activity: 'follow_up' });
		await approved(samuel.id, '2026-12-01');
		await approved(samuel.id, '2026-11-15', { status: 'submitted' });
		await approved(samuel.id, '2026-11-16', { status: 'rejected', rejectReason: 'doppelt' });
		await approved(ayse.id, '2026-11-10', { minutes: 60 });
		await approved(ayse.id, '2025-12-10', { minutes: 60 });
	});

	it('loads one advisor\'s month from approved entries only, with the consultation reference', async () => {
		const s = await loadStatement(db(), { advisorId: samuel.id, month: '2026-11' });
		expect(s?.advisor).toMatchObject({ id: samuel.id, name: 'Samuel Mensah' });
		expect(s?.lines.map((l) => [l.workDate, l.consultationReference, l.activityKey])).toEqual([
			['2026-11-01', reference, 'stm_activity_session'],
			['2026-11-30', reference, 'stm_activity_follow_up']
		]);
		expect(s?.totals).toEqual({
			minutes: 170,
			honorariumCents: 14167,
			kilometres: 84,
			kilometreAllowanceCents: 2520,
			expensesCents: 1290,
			grandTotalCents: 17977
		});
	});

	it('answers null for a month without approved entries and for an unknown person', async () => {
		expect(await loadStatement(db(), { advisorId: samuel.id, month: '2026-09' })).toBeNull();
		expect(await loadStatement(db(), { advisorId: 'nobody', month: '2026-11' })).toBeNull();
	});

	it('lists months with approved entries, newest first, per advisor and for everyone', async () => {
		expect(await listStatementMonths(db(), samuel.id)).toEqual(['2026-12', '2026-11', '2026-10']);
		expect(await listStatementMonths(db(), ayse.id)).toEqual(['2026-11', '2025-12']);
		expect(await listStatementMonths(db(), null)).toEqual(['2026-12', '2026-11', '2026-10', '2025-12']);
	});

	it('loads every advisor of a month for the combined export, by name, and marks entries before the first rate', async () => {
		const all = await loadMonthStatements(db(), '2026-11');
		expect(all.map((s) => [s.advisor.name, s.lines.length, s.totals.grandTotalCents])).toEqual([
			['Ayşe Yılmaz', 1, 5000],
			['Samuel Mensah', 2, 17977]
		]);
		expect(await listMonthAdvisors(db(), '2026-11')).toEqual([
			{ id: ayse.id, name: 'Ayşe Yılmaz' },
			{ id: samuel.id, name: 'Samuel Mensah' }
		]);
		const early = await loadStatement(db(), { advisorId: ayse.id, month: '2025-12' });
		expect(early?.unratedLines).toBe(1);
		expect(early?.totals.grandTotalCents).toBe(0);
		expect(await loadMonthStatements(db(), '2026-08')).toEqual([]);
	});

	it('sets a new rate with an audit entry; refuses a taken day and a day before the current month', async () => {
		const now = new Date('2026-11-25T10:00:00Z');
		const row = await setHonorariumRate(db(), { input: { validFrom: '2026-12-01', hourlyCents: 5500, kilometreCents: 35 }, actorId: admin.id, now });
		expect(row).toMatchObject({ validFrom: '2026-12-01', hourlyCents: 5500, createdBy: admin.id });
		const audit = await db().select().from(auditLog).where(and(eq(auditLog.action, 'honorarium_rate.create'), eq(auditLog.targetId, row.id)));
		expect(audit).toHaveLength(1);
		expect(audit[0].details).toEqual({ validFrom: '2026-12-01', hourlyCents: 5500, kilometreCents: 35 });

		await expect(
			setHonorariumRate(db(), { input: { validFrom: '2026-12-01', hourlyCents: 1, kilometreCents: 1 }, actorId: admin.id, now })
		).rejects.toMatchObject({ code: 'date_taken' });
		const early = setHonorariumRate(db(), { input: { validFrom: '2026-10-31', hourlyCents: 1, kilometreCents: 1 }, actorId: admin.id, now });
		await expect(early).rejects.toBeInstanceOf(RateRefusedError);
		await expect(early).rejects.toMatchObject({ code: 'date_too_early', earliest: '2026-11-01' });
		expect((await listRates(db())).map((r) => r.validFrom)).toEqual(['2026-01-01', '2026-12-01']);

		// The new rate pays December; November keeps the old one.
		const december = await loadStatement(db(), { advisorId: samuel.id, month: '2026-12' });
		expect(december?.totals.honorariumCents).toBe(5500);
		expect((await loadStatement(db(), { advisorId: samuel.id, month: '2026-11' }))?.totals.grandTotalCents).toBe(17977);
	});

	it('seeds the demo rate once, however often it runs', async () => {
		await seedDemoRates(db());
		await seedDemoRates(db());
		const rows = await db().select().from(honorariumRate).where(eq(honorariumRate.validFrom, '2026-01-01'));
		expect(rows).toHaveLength(1);
	});
});

describeDb('honorarium rates on an empty installation', ({ db }) => {
	it('lets the first rate start on any day, and the demo seed does nothing harmful on an empty database', async () => {
		const admin = await createTestUser(db(), { roles: ['admin'] });
		await seedDemoRates(db());
		expect(await listRates(db())).toMatchObject([{ validFrom: '2026-01-01', hourlyCents: 5000, kilometreCents: 30 }]);
		await db().delete(honorariumRate);
		const row = await setHonorariumRate(db(), {
			input: { validFrom: '2020-01-01', hourlyCents: 4000, kilometreCents: 30 },
			actorId: admin.id,
			now: new Date('2026-11-25T10:00:00Z')
		});
		expect(row.validFrom).toBe('2020-01-01');
	});
});
