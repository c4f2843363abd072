import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestTimeEntry } from '../testing/time-entry-factories';
import { auditLog, outboxMail, timeEntry } from '../db/schema';
import { buildSimplePdf } from '../documents/simple-pdf';
import { DocumentFileError } from '../documents/errors';
import { createLocalFileStorage } from '../files/local-file-storage';
import { createTimeEntry } from './create-time-entry';
import { updateTimeEntry } from './update-time-entry';
import { deleteTimeEntry } from './delete-time-entry';
import { approveTimeEntry } from './approve-time-entry';
import { rejectTimeEntry } from './reject-time-entry';
import { listDecidedTimeEntries, listOwnTimeEntries, listReviewQueue } from './list-time-entries';
import { DayLimitError, StaleTimeEntryError, TimeEntryNotFoundError, TimeEntryRefusedError } from './errors';
import type { TimeEntryInput } from './time-entry-forms';

const origin = 'http://localhost:3000';
const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-receipts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdf = () => ({ name: 'Fahrkarte Köln.pdf', bytes: new Uint8Array(buildSimplePdf('Fahrkarte', ['Köln Hbf – Bielefeld Hbf', '24,90 EUR'])) });

describeDb('time entry commands', ({ db, driver }) => {
	const storage = createLocalFileStorage(path.join(dir, driver));
	const receiptFiles = () => {
		try {
			return readdirSync(path.join(dir, driver, 'receipts'));
		} catch {
			return [];
		}
	};
	let ags: string;
	let advisor: { id: string; email: string }, other: { id: string; email: string }, coordinator: { id: string; email: string };
	let consultationId: string;
	const input = (over: Partial<TimeEntryInput> = {}): TimeEntryInput => ({
		consultationId,
		workDate: '2026-11-20',
		minutes: 150,
		activity: 'session',
		description: 'Dialogforum im Rathaus',
		kilometres: 86,
		expensesCents: 2490,
		expenseNote: 'Bahnfahrt',
		...over
	});
	const mailsTo = async (email: string) => db().select().from(outboxMail).where(eq(outboxMail.to, email));
	const reload = async (id: string) => (await db().select().from(timeEntry).where(eq(timeEntry.id, id)))[0];

	beforeAll(async () => {
		ags = (await createTestMunicipality(db(), { name: 'Bielefeld' })).ags;
		advisor = await createTestUser(db(), { roles: ['advisor'], name: 'Samuel Mensah' });
		other = await createTestUser(db(), { roles: ['advisor'], name: 'Aylin Demir' });
		coordinator = await createTestUser(db(), { roles: ['coordinator'], name: 'Clara Koordination' });
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		consultationId = c.id;
	});

	it('records an entry with a PDF receipt as submitted, with an audit entry', async () => {
		const row = await createTimeEntry(db(), storage, { advisorId: advisor.id, input: input(), receipt: pdf(), uploadMaxMb: 20 });
		expect(row).toMatchObject({ ...input(), advisorId: advisor.id, status: 'submitted', version: 1, receiptMediaType: 'application/pdf', receiptFileName: 'Fahrkarte Köln.pdf' });
		expect(row.receiptKey).toMatch(/^receipts\/[0-9a-f]{32}$/);
		expect((await storage.get(row.receiptKey!)).subarray(0, 5).toString()).toBe('%PDF-');
		expect(await db().select().from(auditLog).where(and(eq(auditLog.targetId, row.id), eq(auditLog.action, 'time_entry.create')))).toHaveLength(1);
	});

	it('answers 404 for a consultation the advisor has not accepted, and leaves no file behind', async () => {
		const files = receiptFiles().length;
		const invited = await createTestConsultation(db(), { municipalityAgs: ags, state: 'matching' });
		await addTestMember(db(), invited.id, advisor.id, 'advisor', 'invited');
		const foreign = await createTestConsultation(db(), { municipalityAgs: ags, state: 'in_dialogue' });
		await addTestMember(db(), foreign.id, other.id, 'advisor');
		for (const id of [invited.id, foreign.id, '00000000-0000-4000-8000-000000000000']) {
			await expect(createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ consultationId: id }), receipt: pdf(), uploadMaxMb: 20 })).rejects.toBeInstanceOf(TimeEntryNotFoundError);
		}
		expect(receiptFiles().length).toBe(files);
		expect(await db().select().from(timeEntry).where(eq(timeEntry.consultationId, foreign.id))).toEqual([]);
	});

	it('keeps the entries of one day at 24 hours at most, counting the existing ones', async () => {
		const day = '2026-10-05';
		await createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: day, minutes: 20 * 60 }), uploadMaxMb: 20 });
		const refused = createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: day, minutes: 4 * 60 + 15 }), uploadMaxMb: 20 });
		await expect(refused).rejects.toBeInstanceOf(DayLimitError);
		await expect(refused).rejects.toMatchObject({ remainingMinutes: 240 });
		const fits = await createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: day, minutes: 240 }), uploadMaxMb: 20 });
		// Another advisor's day is their own.
		await addTestMember(db(), consultationId, other.id, 'advisor');
		await createTimeEntry(db(), storage, { advisorId: other.id, input: input({ workDate: day, minutes: 600 }), uploadMaxMb: 20 });
		// Editing an entry counts the others of the day, not itself.
		await expect(updateTimeEntry(db(), storage, { entryId: fits.id, advisorId: advisor.id, version: 1, input: input({ workDate: day, minutes: 255 }), uploadMaxMb: 20 })).rejects.toBeInstanceOf(DayLimitError);
		const same = await updateTimeEntry(db(), storage, { entryId: fits.id, advisorId: advisor.id, version: 1, input: input({ workDate: day, minutes: 225 }), uploadMaxMb: 20 });
		expect(same.minutes).toBe(225);
	});

	it('accepts only PDF, JPEG and PNG receipts and re-encodes images', async () => {
		const files = receiptFiles().length;
		const text = { name: 'Quittung.txt', bytes: new TextEncoder().encode('12,50 EUR') };
		await expect(createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: '2026-09-01' }), receipt: text, uploadMaxMb: 20 })).rejects.toMatchObject({ problem: 'type_not_allowed' });
		const fake = { name: 'Quittung.pdf', bytes: new TextEncoder().encode('kein PDF') };
		await expect(createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: '2026-09-01' }), receipt: fake, uploadMaxMb: 20 })).rejects.toBeInstanceOf(DocumentFileError);
		const big = { name: 'Scan.pdf', bytes: new Uint8Array(11 * 1024 * 1024) };
		await expect(createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: '2026-09-01' }), receipt: big, uploadMaxMb: 20 })).rejects.toMatchObject({ problem: 'too_large' });
		expect(receiptFiles().length).toBe(files);

		const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().withMetadata({ exif: { IFD0: { Copyright: 'Kamera 123' } } }).toBuffer();
		const row = await createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: '2026-09-01' }), receipt: { name: 'Beleg.png', bytes: new Uint8Array(png) }, uploadMaxMb: 20 });
		expect(row.receiptMediaType).toBe('image/png');
		const stored = await storage.get(row.receiptKey!);
		expect((await sharp(stored).metadata()).exif).toBeUndefined();
	});

	it('refuses a stale edit and an edit of someone else’s entry, changing nothing', async () => {
		const row = await createTestTimeEntry(db(), { advisorId: advisor.id, consultationId, workDate: '2026-11-02' });
		await expect(updateTimeEntry(db(), storage, { entryId: row.id, advisorId: advisor.id, version: 7, input: input({ workDate: '2026-11-02' }), uploadMaxMb: 20 })).rejects.toBeInstanceOf(StaleTimeEntryError);
		await expect(updateTimeEntry(db(), storage, { entryId: row.id, advisorId: other.id, version: 1, input: input({ workDate: '2026-11-02' }), uploadMaxMb: 20 })).rejects.toBeInstanceOf(TimeEntryNotFoundError);
		await expect(deleteTimeEntry(db(), storage, { entryId: row.id, advisorId: other.id, version: 1 })).rejects.toBeInstanceOf(TimeEntryNotFoundError);
		await expect(updateTimeEntry(db(), storage, { entryId: 'kaputt', advisorId: advisor.id, version: 1, input: input(), uploadMaxMb: 20 })).rejects.toBeInstanceOf(TimeEntryNotFoundError);
		expect(await reload(row.id)).toEqual(row);
	});

	it('runs submitted → rejected (reason, mail) → corrected → submitted → approved (mail), then locks it', async () => {
		const row = await createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: '2026-11-10' }), receipt: pdf(), uploadMaxMb: 20 });
		const before = (await mailsTo(advisor.email)).length;
		const decidedAt = new Date('2026-11-24T09:30:00Z');

		await expect(rejectTimeEntry(db(), { entryId: row.id, version: 1, deciderId: coordinator.id, reason: '' }, { origin })).rejects.toThrow();
		await expect(approveTimeEntry(db(), { entryId: row.id, version: 1, deciderId: advisor.id }, { origin })).rejects.toMatchObject({ refusal: 'own_entry', status: 403 });
		await expect(approveTimeEntry(db(), { entryId: row.id, version: 9, deciderId: coordinator.id }, { origin })).rejects.toBeInstanceOf(StaleTimeEntryError);

		const rejected = await rejectTimeEntry(db(), { entryId: row.id, version: 1, deciderId: coordinator.id, reason: 'Bitte die Fahrkarte für die Rückfahrt ergänzen.' }, { origin, now: decidedAt });
		expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Bitte die Fahrkarte für die Rückfahrt ergänzen.', decidedBy: coordinator.id, version: 2 });
		const [mail] = (await mailsTo(advisor.email)).slice(before);
		expect(mail.subject).toBe('Ihr Eintrag vom 10.11.2026 wurde zurückgewiesen');
		expect(mail.text).toContain('Bitte die Fahrkarte für die Rückfahrt ergänzen.');
		expect(mail.text).toContain('(2,5 Stunden)');
		expect(mail.text).toContain(`${origin}/app/zeiten/${row.id}`);
		await expect(approveTimeEntry(db(), { entryId: row.id, version: 2, deciderId: coordinator.id }, { origin })).rejects.toMatchObject({ refusal: 'not_submitted' });

		const oldKey = row.receiptKey!;
		const corrected = await updateTimeEntry(db(), storage, {
			entryId: row.id,
			advisorId: advisor.id,
			version: 2,
			input: input({ workDate: '2026-11-10', expensesCents: 4980, expenseNote: 'Hin- und Rückfahrt' }),
			receipt: pdf(),
			uploadMaxMb: 20
		});
		expect(corrected).toMatchObject({ status: 'submitted', rejectReason: null, decidedBy: null, decidedAt: null, expensesCents: 4980, version: 3 });
		expect(corrected.receiptKey).not.toBe(oldKey);
		expect(await storage.exists(oldKey)).toBe(false);

		const approved = await approveTimeEntry(db(), { entryId: row.id, version: 3, deciderId: coordinator.id }, { origin, now: decidedAt });
		expect(approved).toMatchObject({ status: 'approved', decidedBy: coordinator.id, decidedAt, version: 4 });
		expect((await mailsTo(advisor.email)).at(-1)?.subject).toBe('Ihr Eintrag vom 10.11.2026 wurde freigegeben');

		const locked = updateTimeEntry(db(), storage, { entryId: row.id, advisorId: advisor.id, version: 4, input: input({ workDate: '2026-11-10' }), uploadMaxMb: 20 });
		await expect(locked).rejects.toBeInstanceOf(TimeEntryRefusedError);
		await expect(locked).rejects.toMatchObject({ refusal: 'approved', decidedAt, status: 409 });
		await expect(deleteTimeEntry(db(), storage, { entryId: row.id, advisorId: advisor.id, version: 4 })).rejects.toMatchObject({ refusal: 'approved' });
		expect(await reload(row.id)).toEqual(approved);
		const actions = (await db().select().from(auditLog).where(eq(auditLog.targetId, row.id))).map((a) => a.action);
		expect(actions).toEqual(['time_entry.create', 'time_entry.reject', 'time_entry.update', 'time_entry.approve']);
	});

	it('deletes a submitted or rejected entry with its receipt', async () => {
		const row = await createTimeEntry(db(), storage, { advisorId: advisor.id, input: input({ workDate: '2026-11-11' }), receipt: pdf(), uploadMaxMb: 20 });
		await expect(deleteTimeEntry(db(), storage, { entryId: row.id, advisorId: advisor.id, version: 2 })).rejects.toBeInstanceOf(StaleTimeEntryError);
		await deleteTimeEntry(db(), storage, { entryId: row.id, advisorId: advisor.id, version: 1 });
		expect(await reload(row.id)).toBeUndefined();
		expect(await storage.exists(row.receiptKey!)).toBe(false);
	});

	it('lists own entries by month with sums, the queue by advisor and the decided ones of a month', async () => {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state: 'evaluation' });
		const a = await createTestUser(db(), { roles: ['advisor'], name: 'Anna Arslan' });
		const b = await createTestUser(db(), { roles: ['advisor'], name: 'Bernd Okafor' });
		const e1 = await createTestTimeEntry(db(), { advisorId: a.id, consultationId: c.id, workDate: '2026-08-03', minutes: 90, kilometres: 40, expensesCents: 1000 });
		await createTestTimeEntry(db(), { advisorId: a.id, consultationId: c.id, workDate: '2026-08-20', minutes: 60, status: 'approved', decidedBy: coordinator.id, decidedAt: new Date('2026-08-25T10:00:00Z') });
		await createTestTimeEntry(db(), { advisorId: a.id, consultationId: c.id, workDate: '2026-09-01', minutes: 30 });
		await createTestTimeEntry(db(), { advisorId: b.id, consultationId: c.id, workDate: '2026-08-04', minutes: 45, status: 'rejected', rejectReason: 'Doppelt erfasst', decidedBy: coordinator.id, decidedAt: new Date() });

		const august = await listOwnTimeEntries(db(), a.id, '2026-08');
		expect(august.entries.map((e) => e.workDate)).toEqual(['2026-08-03', '2026-08-20']);
		expect(august.entries[0]).toMatchObject({ id: e1.id, reference: c.reference, clientName: 'Bielefeld', advisorName: 'Anna Arslan' });
		expect(august.sums).toEqual({ minutes: 150, kilometres: 40, expensesCents: 1000, count: 2 });
		expect(august.approved).toMatchObject({ minutes: 60, count: 1 });

		const queue = (await listReviewQueue(db())).filter((g) => [a.id, b.id].includes(g.advisorId));
		expect(queue.map((g) => [g.advisorName, g.entries.map((e) => e.workDate)])).toEqual([['Anna Arslan', ['2026-08-03', '2026-09-01']]]);
		expect(queue[0].sums.minutes).toBe(120);

		const decided = (await listDecidedTimeEntries(db(), '2026-08')).filter((g) => [a.id, b.id].includes(g.advisorId));
		expect(decided.map((g) => [g.advisorName, g.entries.map((e) => [e.status, e.deciderName])])).toEqual([
			['Anna Arslan', [['approved', 'Clara Koordination']]],
			['Bernd Okafor', [['rejected', 'Clara Koordination']]]
		]);
	});
});
