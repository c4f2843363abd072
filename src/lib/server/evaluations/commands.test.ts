import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { advisorAnswers, municipalityAnswers } from '../testing/evaluation-factories';
import { auditLog, caseStory, consentRecord, consultation, evaluation, outboxMail, timelineEntry } from '../db/schema';
import { createTestCaseStory } from '../testing/case-story-factories';
import { StaleConsultationError } from '../consultations/errors';
import { submitMunicipalityEvaluation } from './submit-municipality-evaluation';
import { submitAdvisorEvaluation } from './submit-advisor-evaluation';
import { recordEvaluationWaiver } from './record-evaluation-waiver';
import { EvaluationRefusedError, StaleEvaluationError } from './errors';

const origin = 'http://localhost:3000';

describeDb('evaluation commands', ({ db }) => {
	let ags: string;
	let coordinator: { id: string }, advisor: { id: string; email: string }, invited: { id: string }, client: { id: string; email: string }, other: { id: string };

	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		advisor = await createTestUser(db(), { roles: ['advisor'] });
		invited = await createTestUser(db(), { roles: ['advisor'] });
		client = await createTestUser(db(), { roles: ['municipality'] });
		other = await createTestUser(db(), { roles: ['municipality'] });
	});

	/** A consultation in the evaluation phase with an accepted advisor, an invited one and the municipality's user. */
	async function inEvaluation(state: 'evaluation' | 'implementation' | 'completed' = 'evaluation') {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, invited.id, 'advisor', 'invited');
		await addTestMember(db(), c.id, client.id, 'municipality');
		return c;
	}
	const as = (u: { id: string }, ...roles: ('coordinator' | 'advisor' | 'municipality' | 'admin')[]) => ({ user: u, roles });
	const rows = async (id: string) => db().select().from(evaluation).where(eq(evaluation.consultationId, id));
	const consents = async (id: string) => db().select().from(consentRecord).where(eq(consentRecord.subjectId, id)).orderBy(consentRecord.at);

	it('saves the municipality questionnaire with timeline, audit, a mail to the coordination and notices', async () => {
		const c = await inEvaluation();
		const row = await submitMunicipalityEvaluation(
			db(),
			{ consultationId: c.id, version: 0, answers: municipalityAnswers({ satisfaction: 5 }), ...as(client, 'municipality') },
			{ origin }
		);
		expect(row).toMatchObject({ kind: 'municipality', satisfaction: 5, wouldRecommend: true, caseStoryConsent: false, version: 1, submittedBy: client.id });
		const [entry] = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		// The fact is visible to all; the answers are not in the timeline.
		expect(entry).toMatchObject({ kind: 'evaluation', visibility: 'all', data: { action: 'submitted', evaluation: 'municipality', id: row.id } });
		expect(JSON.stringify(entry.data)).not.toContain('Vereine');
		const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, c.id), eq(auditLog.action, 'evaluation.municipality.submitted')));
		expect(audit.details).toMatchObject({ evaluationId: row.id, onBehalf: false });
		const mails = await db().select().from(outboxMail).where(eq(outboxMail.kind, 'evaluation.saved'));
		const recipients = mails.filter((m) => m.subject.includes(c.reference)).map((m) => m.to);
		// Coordination and the accepted advisor; not the one who submitted, not the advisor only invited.
		expect(recipients.sort()).toEqual(['miglobe@example.org', advisor.email].sort());
		expect(mails.find((m) => m.to === advisor.email && m.subject.includes(c.reference))?.text).toContain(`/app/beratungen/${c.id}/auswertung`);
		// A refusal of the case story is a documented decision too.
		expect((await consents(c.id)).map((r) => r.granted)).toEqual([false]);
	});

	it('writes a consent record on every change of the case-story consent, with text version and way', async () => {
		const c = await inEvaluation();
		const save = (version: number, caseStoryConsent: boolean, who = as(client, 'municipality')) =>
			submitMunicipalityEvaluation(db(), { consultationId: c.id, version, answers: municipalityAnswers({ caseStoryConsent }), ...who }, { origin });
		await save(0, true);
		await save(1, true); // unchanged: no record
		await save(2, false);
		await save(3, true, as(coordinator, 'coordinator'));
		const records = await consents(c.id);
		expect(records.map((r) => [r.granted, r.way])).toEqual([
			[true, 'evaluation_form'],
			[false, 'evaluation_form'],
			[true, 'coordinator']
		]);
		expect(records.every((r) => r.subjectType === 'consultation' && r.purpose === 'case_story' && r.textVersion === 'case-story-2026-11')).toBe(true);
		expect((await rows(c.id))[0]).toMatchObject({ caseStoryConsent: true, version: 4 });
	});

	it('takes a published case story offline at once when the municipality withdraws its consent', async () => {
		const c = await inEvaluation();
		const save = (version: number, caseStoryConsent: boolean) =>
			submitMunicipalityEvaluation(db(), { consultationId: c.id, version, answers: municipalityAnswers({ caseStoryConsent }), ...as(client, 'municipality') }, { origin });
		await save(0, true);
		const story = await createTestCaseStory(db(), { consultationId: c.id, municipalityAgs: c.municipalityAgs, status: 'published', publishedAt: new Date() });
		const other = await createTestCaseStory(db(), { status: 'published', publishedAt: new Date() });
		await save(1, false);
		const status = async (id: string) => (await db().select({ s: caseStory.status }).from(caseStory).where(eq(caseStory.id, id)))[0].s;
		expect(await status(story.id)).toBe('archived');
		expect(await status(other.id)).toBe('published');
	});

	it('refuses a stale version and keeps the saved answers', async () => {
		const c = await inEvaluation();
		await submitMunicipalityEvaluation(db(), { consultationId: c.id, version: 0, answers: municipalityAnswers({ satisfaction: 2 }), ...as(client, 'municipality') }, { origin });
		// A second "first" submission (the form was opened before the first was saved) is stale.
		await expect(
			submitMunicipalityEvaluation(db(), { consultationId: c.id, version: 0, answers: municipalityAnswers({ satisfaction: 5 }), ...as(coordinator, 'coordinator') }, { origin })
		).rejects.toBeInstanceOf(StaleEvaluationError);
		await expect(
			submitMunicipalityEvaluation(db(), { consultationId: c.id, version: 7, answers: municipalityAnswers({ satisfaction: 5 }), ...as(client, 'municipality') }, { origin })
		).rejects.toBeInstanceOf(StaleEvaluationError);
		expect((await rows(c.id)).map((r) => [r.satisfaction, r.version])).toEqual([[2, 1]]);
	});

	it('decides by role: each party its own questionnaire, coordinators both on behalf (audited), others refused', async () => {
		const c = await inEvaluation();
		const muni = { consultationId: c.id, version: 0, answers: municipalityAnswers() };
		const adv = { consultationId: c.id, version: 0, answers: advisorAnswers() };
		await expect(submitMunicipalityEvaluation(db(), { ...muni, ...as(advisor, 'advisor') }, { origin })).rejects.toMatchObject({ code: 'role_not_allowed', status: 403 });
		await expect(submitAdvisorEvaluation(db(), { ...adv, ...as(client, 'municipality') }, { origin })).rejects.toMatchObject({ code: 'role_not_allowed' });
		await expect(submitAdvisorEvaluation(db(), { ...adv, ...as(invited, 'advisor') }, { origin })).rejects.toMatchObject({ code: 'role_not_allowed' });
		// Not theirs at all: answered like a missing consultation (404).
		await expect(submitMunicipalityEvaluation(db(), { ...muni, ...as(other, 'municipality') }, { origin })).rejects.toThrow('consultation not found');
		expect(await rows(c.id)).toEqual([]);

		const a = await submitAdvisorEvaluation(db(), { ...adv, ...as(advisor, 'advisor') }, { origin });
		expect(a).toMatchObject({ kind: 'advisor', participants: 48, migrationShareEstimate: 60, submittedBy: advisor.id });
		const m = await submitMunicipalityEvaluation(db(), { ...muni, ...as(coordinator, 'coordinator') }, { origin });
		const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, c.id), eq(auditLog.action, 'evaluation.municipality.submitted')));
		expect(audit).toMatchObject({ actorId: coordinator.id, details: { evaluationId: m.id, onBehalf: true } });
		const updated = await submitAdvisorEvaluation(db(), { ...adv, version: 1, answers: advisorAnswers({ participants: 50 }), ...as(coordinator, 'coordinator') }, { origin });
		expect(updated).toMatchObject({ participants: 50, version: 2 });
		const [advAudit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, c.id), eq(auditLog.action, 'evaluation.advisor.updated')));
		expect(advAudit.details).toMatchObject({ onBehalf: true, fields: ['participants'] });
		const timeline = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id)).orderBy(timelineEntry.id);
		expect(timeline.map((e) => `${(e.data as { evaluation: string }).evaluation}/${(e.data as { action: string }).action}`)).toEqual([
			'advisor/submitted',
			'municipality/submitted',
			'advisor/updated'
		]);
	});

	it('refuses answers outside the evaluation phase with 409', async () => {
		for (const state of ['implementation', 'completed'] as const) {
			const c = await inEvaluation(state);
			const err = await submitAdvisorEvaluation(db(), { consultationId: c.id, version: 0, answers: advisorAnswers(), ...as(advisor, 'advisor') }, { origin }).catch((e) => e);
			expect(err).toBeInstanceOf(EvaluationRefusedError);
			expect(err).toMatchObject({ code: 'not_open', status: 409 });
			expect(await rows(c.id)).toEqual([]);
		}
	});

	it('records a waiver for coordinators only, version-checked, internal in the timeline', async () => {
		const c = await inEvaluation();
		const cmd = { consultationId: c.id, version: 1, reason: '  Die Ansprechperson hat die Stadt verlassen.  ' };
		await expect(recordEvaluationWaiver(db(), { ...cmd, ...as(advisor, 'advisor') })).rejects.toMatchObject({ code: 'role_not_allowed' });
		await expect(recordEvaluationWaiver(db(), { ...cmd, ...as(client, 'municipality') })).rejects.toMatchObject({ code: 'role_not_allowed' });
		await expect(recordEvaluationWaiver(db(), { ...cmd, reason: ' ', ...as(coordinator, 'coordinator') })).rejects.toMatchObject({ code: 'reason_required' });
		await expect(recordEvaluationWaiver(db(), { ...cmd, version: 3, ...as(coordinator, 'coordinator') })).rejects.toBeInstanceOf(StaleConsultationError);
		const after = await recordEvaluationWaiver(db(), { ...cmd, ...as(coordinator, 'coordinator') });
		expect(after).toMatchObject({ evaluationWaiver: 'Die Ansprechperson hat die Stadt verlassen.', version: 2 });
		const [entry] = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entry).toMatchObject({ kind: 'evaluation', visibility: 'internal', data: { action: 'waiver', reason: 'Die Ansprechperson hat die Stadt verlassen.' } });
		expect(await db().select().from(auditLog).where(and(eq(auditLog.targetId, c.id), eq(auditLog.action, 'evaluation.waiver')))).toHaveLength(1);

		const completed = await inEvaluation('completed');
		await expect(recordEvaluationWaiver(db(), { ...cmd, consultationId: completed.id, ...as(coordinator, 'coordinator') })).rejects.toMatchObject({ code: 'not_open' });
		expect((await db().select().from(consultation).where(eq(consultation.id, completed.id)))[0].evaluationWaiver).toBeNull();
	});
});
