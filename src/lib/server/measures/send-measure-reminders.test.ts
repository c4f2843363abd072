import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { addTestMember, createTestConsultation } from '../testing/consultation-factories';
import { createTestMeasure } from '../testing/measure-factories';
import { measure, outboxMail } from '../db/schema';
import { updateMeasure } from './update-measure';
import { sendMeasureReminders } from './send-measure-reminders';

const origin = 'http://localhost:3000';
/** 26 November 2026 in Berlin already (00:30 local time). */
const now = new Date('2026-11-25T23:30:00Z');

describeDb('sendMeasureReminders', ({ db }) => {
	let advisor: { id: string; email: string }, client: { id: string; email: string };
	let ags: string;

	beforeAll(async () => {
		ags = (await createTestMunicipality(db())).ags;
		advisor = await createTestUser(db(), { roles: ['advisor'] });
		client = await createTestUser(db(), { roles: ['municipality'] });
	});

	async function consultation(state: 'implementation' | 'completed' = 'implementation') {
		const c = await createTestConsultation(db(), { municipalityAgs: ags, state });
		await addTestMember(db(), c.id, advisor.id, 'advisor');
		await addTestMember(db(), c.id, client.id, 'municipality');
		return c;
	}
	const remindersTo = async (email: string) => (await db().select().from(outboxMail).where(eq(outboxMail.to, email))).filter((m) => m.kind === 'measure.reminder');

	it('reminds everyone taking part once per due date, and again after the due date moved', async () => {
		const c = await consultation();
		const m = await createTestMeasure(db(), { consultationId: c.id, title: 'Fairer Markt', status: 'planned', dueDate: '2026-12-03' });
		expect(await sendMeasureReminders(db(), { origin, now })).toBe(1);
		expect(await sendMeasureReminders(db(), { origin, now })).toBe(0);
		const [mail] = await remindersTo(client.email);
		expect(mail.subject).toBe('Erinnerung: Maßnahme „Fairer Markt“ ist am 03.12.2026 fällig');
		expect(mail.text).toContain(`${origin}/app/beratungen/${c.id}/massnahmen/${m.id}`);
		expect(mail.text).toContain('ist am 03.12.2026 fällig. Aktueller Status: Geplant.\nVerantwortlich: Amt für Integration\n\nBitte halten');
		expect(await remindersTo(advisor.email)).toHaveLength(1);
		const [marked] = await db().select().from(measure).where(eq(measure.id, m.id));
		expect(marked).toMatchObject({ reminderSentFor: '2026-12-03', version: 1 });

		// Moving the due date arms the reminder again (the edit does not touch reminderSentFor).
		await updateMeasure(db(), {
			consultationId: c.id,
			measureId: m.id,
			version: 1,
			input: { title: 'Fairer Markt', description: '', owner: '', startDate: null, dueDate: '2026-12-01', topic: null, sdgs: [] },
			user: advisor,
			roles: ['advisor']
		});
		expect(await sendMeasureReminders(db(), { origin, now })).toBe(1);
		expect(await sendMeasureReminders(db(), { origin, now })).toBe(0);
		expect((await remindersTo(client.email)).map((x) => x.subject)).toEqual([
			'Erinnerung: Maßnahme „Fairer Markt“ ist am 03.12.2026 fällig',
			'Erinnerung: Maßnahme „Fairer Markt“ ist am 01.12.2026 fällig'
		]);
	});

	it('leaves out measures too far ahead, overdue, finished, without date and of closed consultations', async () => {
		const c = await consultation();
		const closed = await consultation('completed');
		const far = await createTestMeasure(db(), { consultationId: c.id, dueDate: '2026-12-04' }); // 8 days ahead in Berlin
		await createTestMeasure(db(), { consultationId: c.id, dueDate: '2026-11-25' }); // overdue
		await createTestMeasure(db(), { consultationId: c.id, status: 'done', dueDate: '2026-11-30' });
		await createTestMeasure(db(), { consultationId: c.id, status: 'dropped', dueDate: '2026-11-30' });
		await createTestMeasure(db(), { consultationId: c.id, dueDate: null });
		await createTestMeasure(db(), { consultationId: closed.id, dueDate: '2026-11-30' });
		expect(await sendMeasureReminders(db(), { origin, now })).toBe(0);
		// One day later the first one is due: seven days before, in Berlin.
		expect(await sendMeasureReminders(db(), { origin, now: new Date('2026-11-26T23:00:00Z') })).toBe(1);
		expect((await db().select().from(measure).where(eq(measure.id, far.id)))[0].reminderSentFor).toBe('2026-12-04');
	});

	it('sends each reminder once when two sweeps run at the same time', async () => {
		const c = await consultation();
		await createTestMeasure(db(), { consultationId: c.id, dueDate: '2026-11-28' });
		await createTestMeasure(db(), { consultationId: c.id, dueDate: '2026-11-29' });
		const counts = await Promise.all([sendMeasureReminders(db(), { origin, now }), sendMeasureReminders(db(), { origin, now })]);
		expect(counts[0] + counts[1]).toBe(2);
	});
});
