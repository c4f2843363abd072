import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestOrganisation } from '../testing/directory-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { testSessionInput } from '../testing/session-factories';
import { auditLog, consultationSession, outboxMail, timelineEntry } from '../db/schema';
import { loadConsultationForUser } from '../consultations/access';
import { ConsultationNotFoundError } from '../consultations/errors';
import { createSession } from './create-session';
import { updateSession } from './update-session';
import { cancelSession } from './cancel-session';
import { getSession, listSessions, listUpcomingSessions } from './list-sessions';
import { SessionNotFoundError, SessionRefusedError, StaleSessionError } from './errors';

const origin = 'http://localhost:3000';

describeDb('session commands', ({ db }) => {
	let ags: string;
	let coordinator: { id: string }, advisor: { id: string; email: string }, client: { id: string; email: string }, stranger: { id: string };
	const asCoordinator = () => ({ user: coordinator, roles: ['coordinator'] as const });
	const asAdvisor = () => ({ user: advisor, roles: ['advisor'] as const });
	const asClient = () => ({ user: client, roles: ['municipality'] as const });

	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		advisor = await createTestUser(db(), { roles: ['advisor'] });
		client = await createTestUser(db(), { roles: ['municipality'] });
		stranger = await createTestUser(db(), { roles: ['municipality'] });
	});
	const consultationWithPeople = async (state: 'in_dialogue' | 'completed' = 'in_dialogue') => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, client.id, 'municipality');
		return c;
	};
	const mailsTo = async (to: string) => (await db().select().from(outboxMail).where(eq(outboxMail.to, to))).map((m) => m.subject);

	it('creates a session with timeline, audit and a mail to the people taking part (not the author)', async () => {
		const c = await consultationWithPeople();
		const org = await createTestOrganisation(db(), { municipalityAgs: ags });
		const forged = '5f0c1a2b-0000-4000-8000-00000000beef';
		const session = await createSession(db(), { consultationId: c.id, input: testSessionInput({ title: 'Auftakt-Dialogforum', organisationIds: [org.id, forged] }), ...asAdvisor() }, { origin });
		expect(session).toMatchObject({ title: 'Auftakt-Dialogforum', version: 1, createdBy: advisor.id, organisationIds: [org.id] });
		const [entry] = await db().select().from(timelineEntry).where(and(eq(timelineEntry.consultationId, c.id), eq(timelineEntry.kind, 'session')));
		expect(entry).toMatchObject({ visibility: 'all', data: { action: 'created', title: 'Auftakt-Dialogforum', id: session.id } });
		expect(await db().select().from(auditLog).where(and(eq(auditLog.targetId, session.id), eq(auditLog.action, 'session.create')))).toHaveLength(1);
		expect(await mailsTo(client.email)).toContain(`Neuer Termin in der Beratung ${c.reference}: Auftakt-Dialogforum`);
		expect(await mailsTo(advisor.email)).toEqual([]);
	});

	it('refuses municipality users (403), strangers (404) and closed consultations (409), writing nothing', async () => {
		const c = await consultationWithPeople();
		await expect(createSession(db(), { consultationId: c.id, input: testSessionInput(), ...asClient() }, { origin })).rejects.toMatchObject({ code: 'not_allowed', status: 403 });
		await expect(createSession(db(), { consultationId: c.id, input: testSessionInput(), user: stranger, roles: ['municipality'] }, { origin })).rejects.toBeInstanceOf(ConsultationNotFoundError);
		const closed = await consultationWithPeople('completed');
		await expect(createSession(db(), { consultationId: closed.id, input: testSessionInput(), ...asCoordinator() }, { origin })).rejects.toMatchObject({ code: 'consultation_closed', status: 409 });
		expect(await db().select().from(consultationSession).where(eq(consultationSession.consultationId, c.id))).toEqual([]);
	});

	it('updates with a version check: a stale save is refused and overwrites nothing', async () => {
		const c = await consultationWithPeople();
		const s = await createSession(db(), { consultationId: c.id, input: testSessionInput(), ...asCoordinator() }, { origin });
		const first = await updateSession(db(), { consultationId: c.id, sessionId: s.id, version: 1, input: testSessionInput({ ...s, title: 'Neuer Titel', participantCount: 18 }), ...asAdvisor() }, { origin });
		expect(first).toMatchObject({ title: 'Neuer Titel', participantCount: 18, version: 2 });
		await expect(
			updateSession(db(), { consultationId: c.id, sessionId: s.id, version: 1, input: testSessionInput({ ...s, title: 'Veraltet' }), ...asCoordinator() }, { origin })
		).rejects.toBeInstanceOf(StaleSessionError);
		const [row] = await db().select().from(consultationSession).where(eq(consultationSession.id, s.id));
		expect(row).toMatchObject({ title: 'Neuer Titel', version: 2 });
		const audit = await db().select().from(auditLog).where(and(eq(auditLog.targetId, s.id), eq(auditLog.action, 'session.update')));
		expect(audit[0].details).toEqual({ consultationId: c.id, fields: ['title', 'participantCount'] });
		expect(await mailsTo(client.email)).toContain(`Termin geändert in der Beratung ${c.reference}: Neuer Titel`);
	});

	it('answers 404 for a session of another consultation or a malformed id', async () => {
		const c = await consultationWithPeople();
		const other = await consultationWithPeople();
		const s = await createSession(db(), { consultationId: other.id, input: testSessionInput(), ...asCoordinator() }, { origin });
		const cmd = { consultationId: c.id, sessionId: s.id, version: 1, ...asCoordinator() };
		await expect(cancelSession(db(), cmd, { origin })).rejects.toBeInstanceOf(SessionNotFoundError);
		await expect(cancelSession(db(), { ...cmd, sessionId: 'nope' }, { origin })).rejects.toBeInstanceOf(SessionNotFoundError);
		const access = (await loadConsultationForUser(db(), c.id, coordinator, ['coordinator']))!;
		expect(await getSession(db(), access, s.id)).toBeNull();
	});

	it('cancels once: version moves on, no further edits, and the people are told', async () => {
		const c = await consultationWithPeople();
		const s = await createSession(db(), { consultationId: c.id, input: testSessionInput({ title: 'Workshop Stadtfest' }), ...asCoordinator() }, { origin });
		await expect(cancelSession(db(), { consultationId: c.id, sessionId: s.id, version: 1, ...asClient() }, { origin })).rejects.toMatchObject({ code: 'not_allowed' });
		const cancelled = await cancelSession(db(), { consultationId: c.id, sessionId: s.id, version: 1, ...asCoordinator() }, { origin });
		expect(cancelled.cancelledAt).not.toBeNull();
		expect(cancelled.version).toBe(2);
		await expect(cancelSession(db(), { consultationId: c.id, sessionId: s.id, version: 2, ...asCoordinator() }, { origin })).rejects.toBeInstanceOf(SessionRefusedError);
		await expect(
			updateSession(db(), { consultationId: c.id, sessionId: s.id, version: 2, input: testSessionInput(), ...asCoordinator() }, { origin })
		).rejects.toMatchObject({ code: 'cancelled' });
		expect(await mailsTo(advisor.email)).toContain(`Termin abgesagt in der Beratung ${c.reference}: Workshop Stadtfest`);
	});

	it('lists upcoming and past sessions; municipality users never get internal notes', async () => {
		const c = await consultationWithPeople();
		const now = new Date();
		const hour = 3_600_000;
		const past = await createSession(db(), { consultationId: c.id, input: testSessionInput({ title: 'Vergangen' }), ...asCoordinator() }, { origin });
		await db().update(consultationSession).set({ startsAt: new Date(now.getTime() - 48 * hour) }).where(eq(consultationSession.id, past.id));
		const running = await createSession(db(), { consultationId: c.id, input: testSessionInput({ title: 'Läuft gerade', notesInternal: 'GEHEIM' }), ...asCoordinator() }, { origin });
		await db().update(consultationSession).set({ startsAt: new Date(now.getTime() - hour) }).where(eq(consultationSession.id, running.id));
		const later = await createSession(db(), { consultationId: c.id, input: testSessionInput({ title: 'Später', startsAt: new Date(now.getTime() + 72 * hour) }), ...asCoordinator() }, { origin });
		const dropped = await createSession(db(), { consultationId: c.id, input: testSessionInput({ title: 'Abgesagt', startsAt: new Date(now.getTime() + 24 * hour) }), ...asCoordinator() }, { origin });
		await cancelSession(db(), { consultationId: c.id, sessionId: dropped.id, version: 1, ...asCoordinator() }, { origin });

		const clientAccess = (await loadConsultationForUser(db(), c.id, client, ['municipality']))!;
		const seen = await listSessions(db(), clientAccess, now);
		expect(seen.upcoming.map((s) => s.title)).toEqual(['Läuft gerade', 'Abgesagt', 'Später']);
		expect(seen.past.map((s) => s.title)).toEqual(['Vergangen']);
		expect(JSON.stringify(seen)).not.toContain('GEHEIM');
		expect((await getSession(db(), clientAccess, running.id))?.session.notesInternal).toBe('');
		const advisorAccess = (await loadConsultationForUser(db(), c.id, advisor, ['advisor']))!;
		expect((await getSession(db(), advisorAccess, running.id))?.session.notesInternal).toBe('GEHEIM');

		const next = await listUpcomingSessions(db(), c.id, now, 5);
		expect(next.map((s) => s.id)).toEqual([running.id, later.id]);
		expect(Object.keys(next[0])).not.toContain('notesInternal');
		expect(await listUpcomingSessions(db(), c.id, now, 1)).toHaveLength(1);
	});
});
