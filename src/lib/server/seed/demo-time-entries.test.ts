import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { timeEntry } from '../db/schema';
import { exceedsDayLimit, workDateProblem } from '../time-entries/time-entry-rules';
import { todayInBerlin } from '../measures/measure-rules';
import { seedDemoTimeEntries } from './demo-time-entries';

describeDb('seedDemoTimeEntries', ({ db }) => {
	it('does nothing without the advisor or the consultations, then seeds valid entries once', async () => {
		const now = new Date('2026-11-25T10:00:00Z');
		await seedDemoTimeEntries(db(), now);
		expect(await db().select().from(timeEntry)).toEqual([]);

		const advisor = await createTestUser(db(), { email: 'beratung@demo.miglobe.de', roles: ['advisor'] });
		await seedDemoTimeEntries(db(), now);
		expect(await db().select().from(timeEntry)).toEqual([]);

		const coordinator = await createTestUser(db(), { email: 'koordination@demo.miglobe.de', roles: ['coordinator'] });
		for (const ags of ['05315000', '05711000']) await createTestMunicipality(db(), { ags });
		const koeln = await createTestConsultation(db(), { municipalityAgs: '05315000', state: 'in_dialogue' });
		await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'in_review' });
		const fairtrade = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'evaluation' });
		for (const c of [koeln, fairtrade]) await addTestMember(db(), c.id, advisor.id, 'advisor');
		await seedDemoTimeEntries(db(), now);
		await seedDemoTimeEntries(db(), now); // idempotent

		const rows = await db().select().from(timeEntry).where(eq(timeEntry.advisorId, advisor.id));
		expect(rows).toHaveLength(8);
		expect(new Set(rows.map((r) => r.consultationId))).toEqual(new Set([koeln.id, fairtrade.id]));
		expect(rows.filter((r) => r.status === 'submitted')).toHaveLength(1);
		const rejected = rows.filter((r) => r.status === 'rejected');
		expect(rejected).toHaveLength(1);
		expect(rejected[0].rejectReason).toContain('Kilometer');
		expect(rows.filter((r) => r.status === 'approved').length).toBe(6);
		const today = todayInBerlin(now);
		const perDay = new Map<string, number>();
		for (const r of rows) {
			expect(workDateProblem(r.workDate, today), r.description).toBeNull();
			expect(r.minutes % 15).toBe(0);
			perDay.set(r.workDate, (perDay.get(r.workDate) ?? 0) + r.minutes);
			if (r.status !== 'submitted') expect(r).toMatchObject({ decidedBy: coordinator.id, version: 2 });
			if (r.decidedAt) expect(r.decidedAt.getTime()).toBeLessThanOrEqual(now.getTime());
		}
		for (const minutes of perDay.values()) expect(exceedsDayLimit(0, minutes)).toBe(false);
	});
});
