import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestMeasure } from '../testing/measure-factories';
import { auditLog, measure, measureStatusChange, outboxMail, timelineEntry } from '../db/schema';
import { seedReferenceData } from '../reference/topics-seed';
import { createMeasure } from './create-measure';
import { updateMeasure } from './update-measure';
import { changeMeasureStatus } from './change-measure-status';
import { listMeasures } from './list-measures';
import { countMeasures } from './count-measures';
import { MeasureNotFoundError, MeasureRefusedError, StaleMeasureError } from './errors';
import type { MeasureFields } from './measure-forms';

const origin = 'http://localhost:3000';
const input: MeasureFields = {
	title: 'Fairer Markt auf dem Jahnplatz',
	description: 'Gemeinsam mit migrantischen Händlerinnen und Händlern.',
	owner: 'Büro für Internationale Beziehungen',
	startDate: '2026-03-01',
	dueDate: '2026-05-16',
	topic: 'fair-procurement',
	sdgs: [8, 12]
};

describeDb('measure commands', ({ db }) => {
	let ags: string;
	let coordinator: { id: string }, advisor: { id: string; email: string }, client: { id: string; email: string }, admin: { id: string };
	const as = (u: { id: string }, ...roles: ('coordinator' | 'advisor' | 'municipality' | 'admin')[]) => ({ user: u, roles });

	beforeAll(async () => {
		await seedReferenceData(db());
		ags = (await createTestMunicipality(db())).ags;
		coordinator = await createTestUser(db(), { roles: ['coordinator'], name: 'Clara Koordination' });
		advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Samuel Mensah' });
		client = await createTestUser(db(), { roles: ['municipality'], name: 'Petra Schulte' });
		admin = await createTestUser(db(), { roles: ['admin'] });
	});

	async function consultationWithMembers(state: 'in_dialogue' | 'evaluation' | 'completed' | 'matching' | 'paused' = 'in_dialogue') {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, client.id, 'municipality');
		return c;
	}
	const mailsTo = async (email: string) => db().select().from(outboxMail).where(eq(outboxMail.to, email));

	it('creates a measure with its first history row, a timeline entry, an audit entry and notices to the others', async () => {
		const c = await consultationWithMembers();
		const before = { advisor: (await mailsTo(advisor.email)).length, client: (await mailsTo(client.email)).length };
		const row = await createMeasure(db(), { consultationId: c.id, input, ...as(client, 'municipality') }, { origin });
		expect(row).toMatchObject({ ...input, status: 'idea', version: 1, createdBy: client.id, reminderSentFor: null });
		const history = await db().select().from(measureStatusChange).where(eq(measureStatusChange.measureId, row.id));
		expect(history).toMatchObject([{ fromStatus: null, toStatus: 'idea', actorId: client.id }]);
		const [entry] = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entry).toMatchObject({ kind: 'measure', visibility: 'all', data: { action: 'created', title: input.title, id: row.id } });
		expect(await db().select().from(auditLog).where(and(eq(auditLog.targetId, row.id), eq(auditLog.action, 'measure.create')))).toHaveLength(1);
		// The advisor is told; the municipality user who created it is not.
		const advisorMails = (await mailsTo(advisor.email)).slice(before.advisor);
		expect(advisorMails).toHaveLength(1);
		expect(advisorMails[0].subject).toBe(`Beratung ${c.reference}: neue Maßnahme „${input.title}“`);
		expect(advisorMails[0].text).toContain('Petra Schulte hat in der Beratung');
		expect(advisorMails[0].text).toContain('Fällig bis: 16.05.2026');
		expect(advisorMails[0].text).toContain(`${origin}/app/beratungen/${c.id}/massnahmen/${row.id}`);
		expect((await mailsTo(client.email)).length).toBe(before.client);
	});

	it('refuses people who may only read (403), closed or not yet agreed consultations (409) and strangers (404)', async () => {
		const open = await consultationWithMembers();
		await expect(createMeasure(db(), { consultationId: open.id, input, ...as(admin, 'admin') }, { origin })).rejects.toMatchObject({ refusal: 'role_not_allowed', status: 403 });
		const invited = await createTestUser(db(), { roles: ['advisor'] });
		await addTestMember(db(), open.id, invited.id, 'advisor', 'invited');
		await expect(createMeasure(db(), { consultationId: open.id, input, ...as(invited, 'advisor') }, { origin })).rejects.toMatchObject({ refusal: 'role_not_allowed' });
		const stranger = await createTestUser(db(), { roles: ['municipality'] });
		await expect(createMeasure(db(), { consultationId: open.id, input, ...as(stranger, 'municipality') }, { origin })).rejects.toBeInstanceOf(MeasureNotFoundError);

		for (const [state, refusal] of [['completed', 'closed'], ['matching', 'not_started'], ['paused', 'paused']] as const) {
			const c = await consultationWithMembers(state);
			const err = await createMeasure(db(), { consultationId: c.id, input, ...as(coordinator, 'coordinator') }, { origin }).catch((e) => e);
			expect(err).toBeInstanceOf(MeasureRefusedError);
			expect(err).toMatchObject({ refusal, status: 409 });
			expect(await db().select().from(measure).where(eq(measure.consultationId, c.id))).toEqual([]);
		}
		// In evaluation measures are still finished and recorded.
		const evaluation = await consultationWithMembers('evaluation');
		await expect(createMeasure(db(), { consultationId: evaluation.id, input, ...as(advisor, 'advisor') }, { origin })).resolves.toMatchObject({ status: 'idea' });
	});

	it('saves edits with a version check: a stale save is refused and changes nothing', async () => {
		const c = await consultationWithMembers();
		const m = await createTestMeasure(db(), { consultationId: c.id, dueDate: '2026-06-01' });
		const saved = await updateMeasure(db(), { consultationId: c.id, measureId: m.id, version: 1, input: { ...input, dueDate: '2026-06-15' }, ...as(advisor, 'advisor') });
		expect(saved).toMatchObject({ version: 2, dueDate: '2026-06-15', title: input.title });
		await expect(
			updateMeasure(db(), { consultationId: c.id, measureId: m.id, version: 1, input: { ...input, title: 'Überschrieben?' }, ...as(client, 'municipality') })
		).rejects.toBeInstanceOf(StaleMeasureError);
		const [row] = await db().select().from(measure).where(eq(measure.id, m.id));
		expect(row).toMatchObject({ title: input.title, version: 2 });
		const entries = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id));
		expect(entries).toHaveLength(1);
		expect(entries[0].data).toMatchObject({ action: 'updated', id: m.id, fields: expect.arrayContaining(['title', 'dueDate']) });
		// A measure of another consultation is not found through this one.
		const other = await consultationWithMembers();
		await expect(updateMeasure(db(), { consultationId: other.id, measureId: m.id, version: 2, input, ...as(coordinator, 'coordinator') })).rejects.toBeInstanceOf(MeasureNotFoundError);
		await expect(updateMeasure(db(), { consultationId: c.id, measureId: 'kein-uuid', version: 2, input, ...as(coordinator, 'coordinator') })).rejects.toBeInstanceOf(MeasureNotFoundError);
	});

	it('changes the status with history, note, timeline, audit and notices; refuses disallowed and stale changes', async () => {
		const c = await consultationWithMembers();
		const m = await createTestMeasure(db(), { consultationId: c.id, title: 'Interkultureller Kalender' });
		const before = (await mailsTo(client.email)).length;
		const planned = await changeMeasureStatus(db(), { consultationId: c.id, measureId: m.id, version: 1, to: 'planned', note: ' Im Ausschuss beschlossen ', ...as(advisor, 'advisor') }, { origin });
		expect(planned).toMatchObject({ status: 'planned', version: 2 });
		const mails = (await mailsTo(client.email)).slice(before);
		expect(mails.map((x) => x.subject)).toEqual([`Beratung ${c.reference}: Maßnahme „Interkultureller Kalender“ – Geplant`]);
		expect(mails[0].text).toContain('von „Idee“ auf „Geplant“ geändert');
		expect(mails[0].text).toContain('Notiz: Im Ausschuss beschlossen');

		await expect(changeMeasureStatus(db(), { consultationId: c.id, measureId: m.id, version: 1, to: 'in_progress', ...as(client, 'municipality') }, { origin })).rejects.toBeInstanceOf(StaleMeasureError);
		await expect(changeMeasureStatus(db(), { consultationId: c.id, measureId: m.id, version: 2, to: 'idea', ...as(client, 'municipality') }, { origin })).rejects.toMatchObject({ refusal: 'status_not_allowed', status: 409 });
		await expect(changeMeasureStatus(db(), { consultationId: c.id, measureId: m.id, version: 2, to: 'planned', ...as(client, 'municipality') }, { origin })).rejects.toMatchObject({ refusal: 'status_not_allowed' });

		await changeMeasureStatus(db(), { consultationId: c.id, measureId: m.id, version: 2, to: 'dropped', note: 'Kein Budget', ...as(client, 'municipality') }, { origin });
		await changeMeasureStatus(db(), { consultationId: c.id, measureId: m.id, version: 3, to: 'idea', ...as(coordinator, 'coordinator') }, { origin });
		const history = await db().select().from(measureStatusChange).where(eq(measureStatusChange.measureId, m.id)).orderBy(measureStatusChange.id);
		expect(history.map((h) => [h.fromStatus, h.toStatus, h.note])).toEqual([
			[null, 'idea', ''],
			['idea', 'planned', 'Im Ausschuss beschlossen'],
			['planned', 'dropped', 'Kein Budget'],
			['dropped', 'idea', '']
		]);
		const timeline = await db().select().from(timelineEntry).where(eq(timelineEntry.consultationId, c.id)).orderBy(timelineEntry.id);
		expect(timeline.map((e) => [e.visibility, (e.data as { to: string }).to, e.body])).toEqual([
			['all', 'planned', 'Im Ausschuss beschlossen'],
			['all', 'dropped', 'Kein Budget'],
			['all', 'idea', '']
		]);
		expect(await db().select().from(auditLog).where(and(eq(auditLog.targetId, m.id), eq(auditLog.action, 'measure.status')))).toHaveLength(3);
	});

	it('lists measures with the overdue flag of today in Berlin and the history with names', async () => {
		const c = await consultationWithMembers();
		const late = await createTestMeasure(db(), { consultationId: c.id, title: 'B spät', status: 'in_progress', dueDate: '2026-11-25', createdBy: client.id });
		await createTestMeasure(db(), { consultationId: c.id, title: 'A ohne Datum' });
		await createTestMeasure(db(), { consultationId: c.id, title: 'C erledigt', status: 'done', dueDate: '2026-01-01' });
		const list = await listMeasures(db(), { consultationId: c.id, now: new Date('2026-11-25T23:30:00Z') });
		expect(list.map((x) => [x.title, x.overdue])).toEqual([
			['C erledigt', false],
			['B spät', true],
			['A ohne Datum', false]
		]);
		expect(list[1].history).toMatchObject([{ fromStatus: null, toStatus: 'in_progress', actorName: 'Petra Schulte' }]);
		const evening = await listMeasures(db(), { consultationId: c.id, measureId: late.id, now: new Date('2026-11-25T22:30:00Z') });
		expect(evening.map((x) => x.overdue)).toEqual([false]);
		expect(await listMeasures(db(), { consultationId: c.id, measureId: 'nicht-da' })).toEqual([]);
	});

	it('counts planned (planned, in progress, done) and implemented (done) measures', async () => {
		const c = await consultationWithMembers();
		expect(await countMeasures(db(), c.id)).toEqual({ planned: 0, implemented: 0 });
		for (const status of ['idea', 'planned', 'in_progress', 'done', 'done', 'dropped'] as const) await createTestMeasure(db(), { consultationId: c.id, status });
		expect(await countMeasures(db(), c.id)).toEqual({ planned: 4, implemented: 2 });
	});
});
