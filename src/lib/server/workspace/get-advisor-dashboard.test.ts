import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestSession } from '../testing/session-factories';
import { createTestMeasure } from '../testing/measure-factories';
import { timelineEntry } from '../db/schema';
import { getAdvisorDashboard, RECENT_MESSAGES } from './get-advisor-dashboard';

const now = new Date('2026-11-25T10:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describeDb('getAdvisorDashboard', ({ db }) => {
	let ags: string;
	let advisor: { id: string }, other: { id: string }, author: { id: string };

	beforeAll(async () => {
		ags = (await createTestMunicipality(db(), { name: 'Köln' })).ags;
		advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Samuel Mensah' });
		other = await createTestUser(db(), { roles: ['advisor'], name: 'Aylin Demir' });
		author = await createTestUser(db(), { roles: ['municipality'], name: 'Sabine Wolff' });
	});

	it('is empty for an advisor without consultations', async () => {
		expect(await getAdvisorDashboard(db(), other.id, { now })).toEqual({ invitations: [], consultations: [], measures: [], messages: [] });
	});

	it('shows invitations, open consultations with their next session, open measures and the latest messages of their own', async () => {
		const invited = await createTestConsultation(db(), { municipalityAgs: ags, state: 'matching' });
		await addTestMember(db(), invited.id, advisor.id, 'advisor', 'invited');
		const mine = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		await addTestMember(db(), mine.id, advisor.id, 'advisor');
		const quiet = await createTestConsultation(db(), { municipalityAgs: ags, state: 'agreed' });
		await addTestMember(db(), quiet.id, advisor.id, 'advisor');
		const closed = await createTestConsultation(db(), { municipalityAgs: ags, state: 'completed' });
		await addTestMember(db(), closed.id, advisor.id, 'advisor');
		const declined = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		await addTestMember(db(), declined.id, advisor.id, 'advisor', 'declined');
		const foreign = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		await addTestMember(db(), foreign.id, other.id, 'advisor');

		await createTestSession(db(), { consultationId: mine.id, title: 'Vergangener Termin', startsAt: days(-3) });
		await createTestSession(db(), { consultationId: mine.id, title: 'Abgesagter Termin', startsAt: days(1), cancelledAt: days(-1) });
		await createTestSession(db(), { consultationId: mine.id, title: 'Zweites Netzwerktreffen', startsAt: days(30) });
		await createTestSession(db(), { consultationId: mine.id, title: 'Erstes Netzwerktreffen', startsAt: days(7) });
		await createTestSession(db(), { consultationId: foreign.id, title: 'Fremder Termin', startsAt: days(2) });

		await createTestMeasure(db(), { consultationId: mine.id, title: 'Überfällige Übersicht', status: 'in_progress', dueDate: '2026-11-01' });
		await createTestMeasure(db(), { consultationId: mine.id, title: 'Netzwerk gründen', status: 'planned', dueDate: '2027-01-15' });
		await createTestMeasure(db(), { consultationId: mine.id, title: 'Schon erledigt', status: 'done', dueDate: '2026-10-01' });
		await createTestMeasure(db(), { consultationId: mine.id, title: 'Verworfen', status: 'dropped' });
		await createTestMeasure(db(), { consultationId: foreign.id, title: 'Fremde Maßnahme', status: 'idea' });

		for (let i = 0; i < RECENT_MESSAGES + 2; i++) {
			await db().insert(timelineEntry).values({ consultationId: mine.id, actorId: author.id, kind: 'message', visibility: i === 0 ? 'internal' : 'all', body: `Nachricht ${i}`, at: days(-20 + i) });
		}
		await db().insert(timelineEntry).values({ consultationId: mine.id, actorId: author.id, kind: 'transition', visibility: 'all', at: days(-1) });
		await db().insert(timelineEntry).values({ consultationId: foreign.id, actorId: author.id, kind: 'message', visibility: 'all', body: 'Fremd', at: days(-1) });
		await db().insert(timelineEntry).values({ consultationId: closed.id, actorId: author.id, kind: 'message', visibility: 'all', body: 'Abgeschlossen', at: days(-1) });

		const d = await getAdvisorDashboard(db(), advisor.id, { now });
		expect(d.invitations).toMatchObject([{ id: invited.id, reference: invited.reference, clientName: 'Köln', state: 'matching' }]);
		expect(d.consultations.map((c) => [c.id, c.nextSession?.title ?? null]).sort()).toEqual(
			[
				[mine.id, 'Erstes Netzwerktreffen'],
				[quiet.id, null]
			].sort()
		);
		expect(d.measures.map((x) => [x.title, x.overdue, x.reference])).toEqual([
			['Überfällige Übersicht', true, mine.reference],
			['Netzwerk gründen', false, mine.reference]
		]);
		expect(d.messages).toHaveLength(RECENT_MESSAGES);
		expect(d.messages[0]).toMatchObject({ body: `Nachricht ${RECENT_MESSAGES + 1}`, authorName: 'Sabine Wolff', reference: mine.reference, clientName: 'Köln' });
		expect(d.messages.map((x) => x.body)).not.toContain('Fremd');
		expect(d.messages.map((x) => x.body)).not.toContain('Abgeschlossen');
	});
});
