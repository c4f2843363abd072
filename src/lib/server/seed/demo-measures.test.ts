import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { measure, measureStatusChange } from '../db/schema';
import { seedReferenceData } from '../reference/topics-seed';
import { canChangeStatus } from '../measures/measure-rules';
import { listMeasures } from '../measures/list-measures';
import { countMeasures } from '../measures/count-measures';
import { seedDemoMeasures } from './demo-measures';

describeDb('seedDemoMeasures', ({ db }) => {
	it('does nothing without the demo consultations, and adds measures with a valid history once they exist', async () => {
		await seedDemoMeasures(db());
		expect(await db().select().from(measure)).toEqual([]);

		await seedReferenceData(db());
		const client = await createTestUser(db(), { email: 'kommune@demo.miglobe.de', roles: ['municipality'] });
		for (const ags of ['05315000', '05711000', '05515000']) await createTestMunicipality(db(), { ags });
		const koeln = await createTestConsultation(db(), { municipalityAgs: '05315000', state: 'in_dialogue' });
		await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'in_review' });
		const fairtrade = await createTestConsultation(db(), { municipalityAgs: '05711000', state: 'evaluation' });
		const muenster = await createTestConsultation(db(), { municipalityAgs: '05515000', state: 'completed' });
		const now = new Date('2026-11-25T10:00:00Z');
		await seedDemoMeasures(db(), now);
		await seedDemoMeasures(db(), now); // idempotent

		const statuses = async (id: string) => (await listMeasures(db(), { consultationId: id, now })).map((x) => x.status).sort();
		expect(await statuses(koeln.id)).toEqual(['idea', 'idea', 'idea', 'planned']);
		expect(await statuses(fairtrade.id)).toEqual(['done', 'done', 'done', 'dropped', 'in_progress']);
		expect(await statuses(muenster.id)).toEqual(['done', 'done']);
		expect(await countMeasures(db(), fairtrade.id)).toEqual({ planned: 4, implemented: 3 });

		const bielefeld = await listMeasures(db(), { consultationId: fairtrade.id, now });
		expect(bielefeld.filter((x) => x.overdue).map((x) => x.status)).toEqual(['in_progress']);
		expect(bielefeld.find((x) => x.status === 'dropped')?.history.at(-1)?.note).toContain('Rahmenvertrag');
		expect(bielefeld.find((x) => x.status === 'done')?.history[0]).toMatchObject({ fromStatus: null, toStatus: 'idea' });
		// Steps of the municipality user carry their name; accounts that do not exist leave the actor empty.
		expect(bielefeld.flatMap((x) => x.history).some((h) => h.actorName === null)).toBe(true);
		expect((await db().select().from(measureStatusChange).where(eq(measureStatusChange.actorId, client.id))).length).toBeGreaterThan(0);

		for (const x of await db().select().from(measure)) {
			const history = await db().select().from(measureStatusChange).where(eq(measureStatusChange.measureId, x.id)).orderBy(measureStatusChange.id);
			expect(history.at(-1)?.toStatus).toBe(x.status);
			for (const h of history.slice(1)) expect(canChangeStatus(h.fromStatus!, h.toStatus), `${x.title}: ${h.fromStatus} → ${h.toStatus}`).toBe(true);
			if (x.startDate && x.dueDate) expect(x.dueDate >= x.startDate).toBe(true);
		}
	});
});
