import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { auditLog, consultation, consultationMember, outboxMail, timelineEntry } from '../db/schema';
import { transitionConsultation } from './transition-consultation';
import { updateConsultationDetails } from './update-consultation-details';
import { assignAdvisor } from './assign-advisor';
import { answerAssignment } from './answer-assignment';
import { postMessage } from './post-message';
import { createConsultation } from './create-consultation';
import { AssignmentError, StaleConsultationError, TransitionRefusedError } from './errors';

const origin = 'http://localhost:3000';
const details = { goals: 'Dialogforum mit Vereinen', topics: ['agenda-2030'], sdgs: [11], desiredFormat: 'Workshop', timeframe: '2027', targetLanguages: ['ar'] };

describeDb('consultation commands', ({ db }) => {
	let ags: string;
	let coordinator: { id: string }, advisor: { id: string; email: string }, client: { id: string };
	const asCoordinator = () => ({ user: coordinator, roles: ['coordinator'] as const });

	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Ada Beraterin' });
		client = await createTestUser(db(), { roles: ['municipality'] });
	});
	const snapshot = async (id: string) => ({
		row: (await db().select().from(consultation).where(eq(consultation.id, id)))[0],
		timeline: (await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, id))).length,
		audit: (await db().select().from(auditLog).where(eq(auditLog.targetId, id))).length
	});

	it('applies an allowed transition with timeline, audit and a mail to the contact person', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags });
		const after = await transitionConsultation(db(), { id: c.id, version: 1, transition: 'take_into_review', ...asCoordinator() });
		expect(after).toMatchObject({ state: 'in_review', version: 2 });
		const [entry] = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entry).toMatchObject({ kind: 'transition', visibility: 'all', data: { from: 'requested', to: 'in_review' } });
		expect((await db().select().from(auditLog).where(and(eq(auditLog.targetId, c.id), eq(auditLog.action, 'consultation.take_into_review')))).length).toBe(1);
		const mails = await db().select().from(outboxMail).where(eq(outboxMail.to, c.contactEmail));
		expect(mails.map((m) => m.subject)).toEqual([`Ihre Beratungsanfrage ${c.reference}: In Prüfung`]);
	});

	it('refuses by role (403) and by state (409) and changes nothing', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags });
		await addTestMember(db(), c.id, client.id, 'municipality');
		const before = await snapshot(c.id);
		await expect(transitionConsultation(db(), { id: c.id, version: 1, transition: 'take_into_review', user: client, roles: ['municipality'] })).rejects.toMatchObject({ refusal: 'role_not_allowed' });
		await expect(transitionConsultation(db(), { id: c.id, version: 1, transition: 'complete', ...asCoordinator() })).rejects.toMatchObject({ refusal: 'not_allowed_from_state' });
		await expect(transitionConsultation(db(), { id: c.id, version: 1, transition: 'decline', reason: '  ', ...asCoordinator() })).rejects.toBeInstanceOf(TransitionRefusedError);
		expect(await snapshot(c.id)).toEqual(before);
		// The municipality may withdraw, with a reason; the record closes.
		const after = await transitionConsultation(db(), { id: c.id, version: 1, transition: 'withdraw', reason: 'Haushaltssperre', user: client, roles: ['municipality'] });
		expect(after).toMatchObject({ state: 'withdrawn', withdrawReason: 'Haushaltssperre' });
		expect(after.closedAt).not.toBeNull();
	});

	it('answers a stale version and writes nothing; pause and resume return to the state left', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_review' });
		await transitionConsultation(db(), { id: c.id, version: 1, transition: 'pause', ...asCoordinator() });
		await expect(transitionConsultation(db(), { id: c.id, version: 1, transition: 'resume', ...asCoordinator() })).rejects.toBeInstanceOf(StaleConsultationError);
		const resumed = await transitionConsultation(db(), { id: c.id, version: 2, transition: 'resume', ...asCoordinator() });
		expect(resumed).toMatchObject({ state: 'in_review', pausedFrom: null, version: 3 });
		await expect(updateConsultationDetails(db(), { id: c.id, version: 2, details, actorId: coordinator.id })).rejects.toBeInstanceOf(StaleConsultationError);
		expect((await snapshot(c.id)).row.goals).toBe('');
	});

	it('needs goals and topics to start matching, and an accepted advisor to agree', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_review' });
		await expect(transitionConsultation(db(), { id: c.id, version: 1, transition: 'start_matching', ...asCoordinator() })).rejects.toMatchObject({ refusal: 'goals_and_topics_missing' });
		const edited = await updateConsultationDetails(db(), { id: c.id, version: 1, details, actorId: coordinator.id });
		expect(edited).toMatchObject({ goals: details.goals, topics: ['agenda-2030'], sdgs: [11], version: 2 });
		await transitionConsultation(db(), { id: c.id, version: 2, transition: 'start_matching', ...asCoordinator() });
		await expect(transitionConsultation(db(), { id: c.id, version: 3, transition: 'agree', ...asCoordinator() })).rejects.toMatchObject({ refusal: 'no_accepted_advisor' });

		await assignAdvisor(db(), { id: c.id, advisorId: advisor.id, message: 'Passt thematisch gut.', actorId: coordinator.id }, { origin });
		await expect(assignAdvisor(db(), { id: c.id, advisorId: advisor.id, actorId: coordinator.id }, { origin })).rejects.toMatchObject({ code: 'already_assigned' });
		expect((await db().select().from(outboxMail).where(eq(outboxMail.to, advisor.email))).at(-1)?.text).toContain(`/app/beratungen/${c.id}`);
		// Invited is not yet accepted: agree is still refused.
		await expect(transitionConsultation(db(), { id: c.id, version: 3, transition: 'agree', ...asCoordinator() })).rejects.toMatchObject({ refusal: 'no_accepted_advisor' });
		await answerAssignment(db(), { id: c.id, advisorId: advisor.id, accept: true }, { origin });
		await expect(answerAssignment(db(), { id: c.id, advisorId: advisor.id, accept: true }, { origin })).rejects.toBeInstanceOf(AssignmentError);
		expect((await transitionConsultation(db(), { id: c.id, version: 3, transition: 'agree', ...asCoordinator() })).state).toBe('agreed');
		const kinds = (await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id)).orderBy(timelineEntry.id)).map((e) => `${e.kind}/${e.visibility}`);
		expect(kinds).toEqual(['edit/all', 'transition/all', 'assignment/internal', 'assignment/internal', 'transition/all']);
	});

	it('needs a reason to decline an assignment and mails the coordinator who asked', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'matching' });
		const coordinatorMail = (await db().select().from(outboxMail)).length;
		await assignAdvisor(db(), { id: c.id, advisorId: advisor.id, actorId: coordinator.id }, { origin });
		await expect(answerAssignment(db(), { id: c.id, advisorId: advisor.id, accept: false, reason: ' ' }, { origin })).rejects.toMatchObject({ code: 'reason_required' });
		await answerAssignment(db(), { id: c.id, advisorId: advisor.id, accept: false, reason: 'Keine Zeit im Herbst' }, { origin });
		const [member] = await db().select().from(consultationMember).where(eq(consultationMember.consultationId, c.id));
		expect(member).toMatchObject({ status: 'declined', declineReason: 'Keine Zeit im Herbst' });
		const mails = (await db().select().from(outboxMail)).slice(coordinatorMail);
		expect(mails.some((m) => m.kind === 'consultation.advisor_answered' && m.text.includes('Keine Zeit im Herbst'))).toBe(true);
		// Asked again after the decline: invited once more.
		await assignAdvisor(db(), { id: c.id, advisorId: advisor.id, actorId: coordinator.id }, { origin });
		const [again] = await db().select().from(consultationMember).where(eq(consultationMember.consultationId, c.id));
		expect(again).toMatchObject({ status: 'invited', declineReason: null });
	});

	it('lets a municipality user write only visible messages', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags });
		await addTestMember(db(), c.id, client.id, 'municipality');
		await postMessage(db(), { id: c.id, body: 'Wann kommt der erste Termin?', visibility: 'all', user: client, roles: ['municipality'] });
		await expect(postMessage(db(), { id: c.id, body: 'intern', visibility: 'internal', user: client, roles: ['municipality'] })).rejects.toBeInstanceOf(TransitionRefusedError);
		await postMessage(db(), { id: c.id, body: 'Nur intern', visibility: 'internal', ...asCoordinator() });
		expect((await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id)).orderBy(timelineEntry.id)).map((e) => e.visibility)).toEqual(['all', 'internal']);
	});

	it('creates consultations with running references of the year', async () => {
		const input = { municipalityAgs: ags, contactName: 'A', contactFunction: '', contactEmail: 'a@test.miglobe.de', contactPhone: null, concern: 'x' };
		const now = new Date('2031-03-01T10:00:00Z');
		const [a, b] = await Promise.all([createConsultation(db(), input, coordinator.id, { now }), createConsultation(db(), input, coordinator.id, { now })]);
		expect([a.reference, b.reference].sort()).toEqual(['MG-2031-0001', 'MG-2031-0002']);
		expect(a).toMatchObject({ state: 'requested', source: 'coordinator', year: 2031 });
		expect(a.statusTokenHash).toMatch(/^[0-9a-f]{64}$/);
	});
});
