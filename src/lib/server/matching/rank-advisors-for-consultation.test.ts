import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { addTestBlockedPeriod, createTestAdvisor } from '../testing/advisor-factories';
import { auditLog, consultationConflict, consultationMember, setting, user } from '../db/schema';
import { ConsultationNotFoundError } from '../consultations/errors';
import { rankAdvisorsForConsultation } from './rank-advisors-for-consultation';
import { ADVISOR_WEIGHTS_KEY, advisorWeightsFormSchema, getAdvisorWeights, saveAdvisorWeights, StaleWeightsError } from './advisor-weights';
import { ConflictRefusedError, markConflict } from './mark-conflict';
import { clearConflict } from './clear-conflict';
import { DEFAULT_ADVISOR_WEIGHTS } from './default-weights';

const NOW = new Date('2026-05-01T08:00:00Z');

describe('advisor weights form', () => {
	const form = (over: Record<string, string>) => ({ topics: '3', sdgs: '1', languages: '3', distance: '2', availability: '2', workload: '1', earlier: '1', stamp: '0', ...over });
	it('reads whole numbers and one decimal with comma or point, from 0 to 10', () => {
		expect(advisorWeightsFormSchema.parse(form({ distance: '4,5', topics: '10', sdgs: '0.5' }))).toMatchObject({ distance: 4.5, topics: 10, sdgs: 0.5, stamp: 0 });
	});
	it.each(['11', '-1', '1,25', 'drei', '', '10,5'])('refuses %j', (value) => {
		const result = advisorWeightsFormSchema.safeParse(form({ distance: value }));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ path: ['distance'], message: 'weight' });
	});
	it('refuses all weights at 0', () => {
		const zero = Object.fromEntries(Object.keys(DEFAULT_ADVISOR_WEIGHTS).map((k) => [k, '0']));
		expect(advisorWeightsFormSchema.safeParse(form(zero)).error?.issues[0]).toMatchObject({ path: ['_form'], message: 'weights_all_zero' });
	});
});

describeDb('advisor matching on the database', ({ db }) => {
	type Consultation = Awaited<ReturnType<typeof createTestConsultation>>;
	let c: Consultation;
	const ids: Record<string, string> = {};
	let coordinator: { id: string };

	beforeAll(async () => {
		const client = await createTestMunicipality(db(), { ags: '05754008', name: 'Gütersloh', latitude: 51.9069, longitude: 8.3786 });
		const near = await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld', latitude: 52.0302, longitude: 8.5325 });
		const far = await createTestMunicipality(db(), { ags: '05315000', name: 'Köln', latitude: 50.9375, longitude: 6.9603 });
		coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		c = await createTestConsultation(db(), {
			municipalityAgs: client.ags,
			state: 'matching',
			topics: ['fair-procurement'],
			sdgs: [12],
			targetLanguages: ['fr', 'ti'],
			timeframe: 'three_months'
		});
		const fit = { baseMunicipalityAgs: near.ags, languages: [{ code: 'fr', level: 'native' as const }], topicLevels: { 'fair-procurement': 3 as const }, weeklyCapacityHours: 8 };
		ids.best = (await createTestAdvisor(db(), { name: 'Amara Diallo', ...fit })).id;
		ids.busy = (await createTestAdvisor(db(), { name: 'Bernd Busy', ...fit })).id;
		ids.far = (await createTestAdvisor(db(), { name: 'Tesfay Kidane', baseMunicipalityAgs: far.ags, languages: [{ code: 'ti', level: 'native' }] })).id;
		ids.blocked = (await createTestAdvisor(db(), { name: 'Clara Urlaub', ...fit })).id;
		ids.inactive = (await createTestAdvisor(db(), { name: 'Ina Inaktiv', active: false, ...fit })).id;
		ids.gone = (await createTestAdvisor(db(), { name: 'Dora Deaktiviert', ...fit })).id;
		ids.declined = (await createTestAdvisor(db(), { name: 'Emil Absage', ...fit })).id;
		ids.noProfile = (await createTestUser(db(), { roles: ['advisor'], name: 'Neu Ohne Profil' })).id;
		await db().update(user).set({ deactivatedAt: NOW }).where(eq(user.id, ids.gone));
		await db().insert(consultationMember).values({ consultationId: c.id, userId: ids.declined, role: 'advisor', status: 'declined', declineReason: 'Keine Zeit im Sommer' });
		// Two running consultations elsewhere, one completed one earlier with Gütersloh.
		for (const state of ['agreed', 'in_dialogue'] as const) {
			const other = await createTestConsultation(db(), { municipalityAgs: far.ags, state });
			await addTestMember(db(), other.id, ids.busy, 'advisor', 'accepted');
		}
		const earlier = await createTestConsultation(db(), { municipalityAgs: client.ags, state: 'completed' });
		await addTestMember(db(), earlier.id, ids.best, 'advisor', 'accepted');
		await addTestBlockedPeriod(db(), ids.blocked, '2026-04-20', '2026-08-31');
		await addTestBlockedPeriod(db(), ids.best, '2025-01-01', '2025-01-31');
	});

	const rank = () => rankAdvisorsForConsultation(db(), c, { now: NOW });
	const find = (list: Awaited<ReturnType<typeof rank>>['ranked'], id: string) => list.find((r) => r.candidate.id === id)!;

	it('loads every advisor with the facts matching needs and ranks them', async () => {
		const result = await rank();
		expect(result.needs).toMatchObject({ clientName: 'Gütersloh', clientDistrictCode: '05754', window: { from: '2026-05-01', to: '2026-07-31' } });
		expect(result.ranked.map((r) => r.candidate.name)).toEqual(['Amara Diallo', 'Bernd Busy', 'Clara Urlaub', 'Tesfay Kidane', 'Neu Ohne Profil']);
		const best = find(result.ranked, ids.best);
		expect(best.candidate).toMatchObject({ baseName: 'Bielefeld', earlierWithClient: 1, openAssignments: 0, blockedPeriods: [] });
		expect(best.factors.find((f) => f.key === 'earlier')?.explanation).toBe('Hat schon mit Gütersloh zusammengearbeitet (Beratungen: 1)');
		expect(find(result.ranked, ids.busy).candidate).toMatchObject({ openAssignments: 2, earlierWithClient: 0 });
		expect(find(result.ranked, ids.blocked).factors.find((f) => f.key === 'availability')?.explanation).toBe(
'Vom 01.05.2026 bis 31.07.2026 durchgehend nicht verfügbar');
		expect(find(result.ranked, ids.noProfile).candidate).toMatchObject({ active: true, base: null, languages: [] });
		expect(Object.fromEntries(result.excluded.map((r) => [r.candidate.name, r.excluded]))).toEqual({
			'Dora Deaktiviert': 'Konto deaktiviert',
			'Emil Absage': 'Hat diese Beratung abgelehnt: Keine Zeit im Sommer',
			'Ina Inaktiv': 'Derzeit nicht aktiv im Pool'
		});
		expect(result.gaps).toEqual(['Niemand spricht Tigrinya im Umkreis von 100 km.', 'Niemand im Pool hat Erfahrung mit SDG 12.']);
		// Nobody but advisors is listed.
		expect([...result.ranked, ...result.excluded].some((r) => r.candidate.id === coordinator.id)).toBe(false);
	});

	it('uses the weights an admin saved, refuses a stale save and falls back to the defaults for a broken value', async () => {
		expect(await getAdvisorWeights(db())).toEqual({ weights: DEFAULT_ADVISOR_WEIGHTS, stamp: 0 });
		const onlyLanguages = { topics: 0, sdgs: 0, languages: 10, distance: 0, availability: 0, workload: 0, earlier: 0 };
		await saveAdvisorWeights(db(), { weights: onlyLanguages, stamp: 0, actorId: coordinator.id });
		const saved = await getAdvisorWeights(db());
		expect(saved.weights).toEqual(onlyLanguages);
		expect(saved.stamp).toBeGreaterThan(0);
		// The Tigrinya speaker covers one of two languages natively, like the French speakers: four tie at 50, by name.
		const result = await rank();
		expect(result.ranked.map((r) => [r.candidate.name, Math.round(r.score * 100)])).toEqual([
			['Amara Diallo', 50],
			['Bernd Busy', 50],
			['Clara Urlaub', 50],
			['Tesfay Kidane', 50],
			['Neu Ohne Profil', 0]
		]);
		await expect(saveAdvisorWeights(db(), { weights: DEFAULT_ADVISOR_WEIGHTS, stamp: 0, actorId: coordinator.id })).rejects.toBeInstanceOf(StaleWeightsError);
		const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'settings.advisor_weights'));
		expect(audit).toHaveLength(1);
		await db().update(setting).set({ value: { topics: -1 } }).where(eq(setting.key, ADVISOR_WEIGHTS_KEY));
		expect((await getAdvisorWeights(db())).weights).toEqual(DEFAULT_ADVISOR_WEIGHTS);
		await db().delete(setting).where(eq(setting.key, ADVISOR_WEIGHTS_KEY));
	});

	it('moves an advisor to the exclusions when a conflict of interest is marked, and back when it is cleared', async () => {
		await markConflict(db(), { consultationId: c.id, advisorId: ids.best, reason: 'Arbeitet im Rathaus', actorId: coordinator.id });
		await markConflict(db(), { consultationId: c.id, advisorId: ids.best, reason: 'Ist mit der Amtsleitung verwandt', actorId: coordinator.id });
		let result = await rank();
		expect(result.ranked.some((r) => r.candidate.id === ids.best)).toBe(false);
		expect(find(result.excluded, ids.best).excluded).toBe('Interessenkonflikt: Ist mit der Amtsleitung verwandt');
		const key = and(eq(consultationConflict.consultationId, c.id), eq(consultationConflict.userId, ids.best));
		expect(await db().select().from(consultationConflict).where(key)).toHaveLength(1);

		await clearConflict(db(), { consultationId: c.id, advisorId: ids.best, actorId: coordinator.id });
		result = await rank();
		expect(result.ranked[0].candidate.id).toBe(ids.best);
		const audit = await db().select().from(auditLog).where(eq(auditLog.targetId, c.id));
		expect(audit.map((a) => a.action).sort()).toEqual(['consultation.conflict_cleared', 'consultation.conflict_marked', 'consultation.conflict_marked']);
		expect(audit.find((a) => a.action === 'consultation.conflict_cleared')?.details).toMatchObject({ reason: 'Ist mit der Amtsleitung verwandt' });
	});

	it('refuses conflicts that cannot be recorded or removed, writing nothing', async () => {
		const refused = (p: Promise<unknown>, code: string) => expect(p).rejects.toMatchObject({ code, constructor: ConflictRefusedError });
		await refused(clearConflict(db(), { consultationId: c.id, advisorId: ids.far, actorId: coordinator.id }), 'no_conflict');
		await refused(markConflict(db(), { consultationId: c.id, advisorId: coordinator.id, reason: 'x', actorId: coordinator.id }), 'not_an_advisor');
		await refused(markConflict(db(), { consultationId: c.id, advisorId: ids.far, reason: '   ', actorId: coordinator.id }), 'reason_required');
		await expect(
			markConflict(db(), { consultationId: '00000000-0000-4000-8000-000000000000', advisorId: ids.far, reason: 'x', actorId: coordinator.id })
		).rejects.toBeInstanceOf(ConsultationNotFoundError);
		expect(await db().select().from(consultationConflict).where(eq(consultationConflict.consultationId, c.id))).toHaveLength(0);
	});

	it('ranks a Kreis as client from the centre of its municipalities', async () => {
		const kreis = await createTestConsultation(db(), { municipalityAgs: null as unknown as string, districtCode: '05754', targetLanguages: ['fr'] });
		const result = await rankAdvisorsForConsultation(db(), kreis, { now: NOW });
		expect(result.needs.clientName).toBe('Kreis 05754');
		expect(result.needs.centre?.latitude).toBeCloseTo(51.9069, 3);
		expect(result.ranked[0].factors.find((f) => f.key === 'distance')?.explanation).toBe('17 km vom Standort Bielefeld');
	});
});
