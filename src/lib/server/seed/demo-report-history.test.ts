import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { consultation, timeEntry } from '../db/schema';
import { loadImpactReport } from '../reports/load-impact-report';
import { DEMO_POOL_EMAILS } from './demo-advisors';
import { seedDemoMunicipalities } from './demo-municipalities';
import { seedDemoReportHistory } from './demo-report-history';

describeDb('seedDemoReportHistory', ({ db }) => {
	it('does nothing without pool advisors, then seeds three past years once, all in the past', async () => {
		const now = new Date('2026-11-25T10:00:00Z');
		await seedDemoMunicipalities(db());
		await seedDemoReportHistory(db(), now);
		expect(await db().select().from(consultation)).toEqual([]);

		await createTestUser(db(), { email: 'koordination@demo.miglobe.de', roles: ['coordinator'] });
		for (const email of DEMO_POOL_EMAILS.slice(0, 5)) await createTestUser(db(), { email, roles: ['advisor'] });
		await seedDemoReportHistory(db(), now);
		await seedDemoReportHistory(db(), now); // idempotent

		const rows = await db().select().from(consultation);
		expect(rows).toHaveLength(32);
		expect(rows.filter((r) => r.state === 'completed')).toHaveLength(28);
		expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2023, 2024, 2025]));
		expect(rows.every((r) => r.closedAt && r.closedAt < now)).toBe(true);
		const entries = await db().select().from(timeEntry);
		expect(entries.every((e) => e.status === 'approved' && e.workDate < '2026-11-25')).toBe(true);

		const report = await loadImpactReport(db(), { from: '2024-01-01', to: '2024-12-31' });
		expect(report.requestsReceived).toBe(11);
		expect(report.consultationsCompleted).toBe(9);
		expect(report.municipalitiesReached.count).toBeGreaterThanOrEqual(3);
		expect(report.advisorEvaluations).toBe(9);
		expect(report.satisfaction.n).toBe(9);
		expect(report.phaseDurations.every((p) => p.n >= 9)).toBe(true);
		expect(report.advisorHours).toBeGreaterThan(0);
	});
});
