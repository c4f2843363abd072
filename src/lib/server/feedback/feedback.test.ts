import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessibilityFeedback, auditLog, job, outboxMail } from '../db/schema';
import { saveSettings } from '../settings/settings-store';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import { describeDb } from '../testing/test-db';
import { createTestUser, uniqueEmail } from '../testing/factories';
import { isOverdue, listFeedback, markFeedbackAnswered } from './list-feedback';
import { feedbackDueDate, feedbackSchema, submitAccessibilityFeedback } from './submit-feedback';

const DAY = 86_400_000;

describe('feedbackDueDate', () => {
	it('is one calendar month later, at the same time of day', () => {
		const received = new Date(2026, 2, 15, 10, 30); // 15 March, local time
		const due = feedbackDueDate(received);
		expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()]).toEqual([2026, 3, 15, 10, 30]);
		expect(received.getMonth()).toBe(2); // the input is not changed
	});

	it('crosses the year', () => {
		const due = feedbackDueDate(new Date(2026, 11, 20, 9, 0));
		expect([due.getFullYear(), due.getMonth(), due.getDate()]).toEqual([2027, 0, 20]);
	});

	it('ends on the last day of a shorter month (§ 188 (3) BGB), not in the month after', () => {
		expect(feedbackDueDate(new Date('2026-01-31T10:00:00Z')).toISOString().slice(0, 10)).toBe('2026-02-28');
		expect(feedbackDueDate(new Date('2028-01-31T10:00:00Z')).toISOString().slice(0, 10)).toBe('2028-02-29');
		expect(feedbackDueDate(new Date('2026-03-31T10:00:00Z')).toISOString().slice(0, 10)).toBe('2026-04-30');
		expect(feedbackDueDate(new Date('2026-01-31T10:00:00Z')).getTime() - new Date('2026-01-31T10:00:00Z').getTime()).toBeGreaterThan(27 * DAY);
	});
});

describe('feedbackSchema', () => {
	it('rejects a message of five characters and an invalid email', () => {
		const r = feedbackSchema.safeParse({ message: 'kurz!', email: 'keine-adresse' });
		expect(r.success).toBe(false);
		const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
		expect(byField).toEqual({ message: 'message_too_short', email: 'email_invalid' });
	});

	it('does not count surrounding spaces towards the minimum length', () => {
		expect(feedbackSchema.safeParse({ message: '   kurz   ' + ' '.repeat(10) }).success).toBe(false);
	});

	it('accepts a message with the optional fields empty or absent', () => {
		const message = 'Der Kontrast der Schaltflächen ist zu gering.';
		expect(feedbackSchema.parse({ message, name: '', email: '', pageUrl: '' })).toEqual({ message, name: '', email: '', pageUrl: '' });
		expect(feedbackSchema.parse({ message })).toEqual({ message, name: '', email: '', pageUrl: '' });
	});

	it('rejects overlong fields', () => {
		const r = feedbackSchema.safeParse({ message: 'x'.repeat(5001), name: 'n'.repeat(121), pageUrl: 'p'.repeat(501) });
		expect(r.success).toBe(false);
		const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
		expect(byField).toEqual({ message: 'message_too_long', name: 'name_too_long', pageUrl: 'page_too_long' });
	});
});

describe('isOverdue', () => {
	const now = new Date('2026-11-25T12:00:00Z');
	it('is true only for open feedback past its due date', () => {
		expect(isOverdue({ status: 'open', dueAt: new Date(now.getTime() - 1000) }, now)).toBe(true);
		expect(isOverdue({ status: 'open', dueAt: new Date(now.getTime() + 1000) }, now)).toBe(false);
		expect(isOverdue({ status: 'answered', dueAt: new Date(now.getTime() - DAY) }, now)).toBe(false);
	});
});

describeDb('accessibility feedback', ({ db }) => {
	it('stores the feedback with its due date and queues one mail to the coordination', async () => {
		const coordinationEmail = uniqueEmail('koordination');
		await saveSettings(db(), { ...DEFAULT_SETTINGS, coordinationEmail }, null);
		const now = new Date('2026-11-25T10:00:00Z');
		const input = feedbackSchema.parse({
			message: 'Das Formular lässt sich nicht mit der Tastatur absenden.',
			name: 'Mara Muster',
			email: 'mara@example.org',
			pageUrl: '/kontakt'
		});

		const { id, dueAt } = await submitAccessibilityFeedback(db(), input, now);
		expect(dueAt.getTime()).toBe(feedbackDueDate(now).getTime());

		const [row] = await db().select().from(accessibilityFeedback).where(eq(accessibilityFeedback.id, id));
		expect(row).toMatchObject({
			message: input.message,
			name: 'Mara Muster',
			email: 'mara@example.org',
			pageUrl: '/kontakt',
			status: 'open',
			answeredAt: null
		});
		expect(row.createdAt.getTime()).toBe(now.getTime());
		expect(row.dueAt.getTime()).toBe(dueAt.getTime());

		const mails = await db().select().from(outboxMail).where(eq(outboxMail.to, coordinationEmail));
		expect(mails).toHaveLength(1);
		expect(mails[0].kind).toBe('accessibility.feedback');
		expect(mails[0].text).toContain(input.message);
		expect(mails[0].text).toContain('Mara Muster, mara@example.org');
		expect(mails[0].text).toContain(dueAt.toISOString().slice(0, 10));
		const jobs = await db().select().from(job).where(eq(job.type, 'mail.send'));
		expect(jobs.filter((j) => j.payload.outboxId === mails[0].id)).toHaveLength(1);
	});

	it('stores empty optional fields as null', async () => {
		const { id } = await submitAccessibilityFeedback(db(), feedbackSchema.parse({ message: 'Die Bilder haben keinen Alternativtext.' }));
		const [row] = await db().select().from(accessibilityFeedback).where(eq(accessibilityFeedback.id, id));
		expect(row).toMatchObject({ name: null, email: null, pageUrl: null });
	});

	it('lists open feedback by due date first, answered feedback after', async () => {
		const message = 'Eine Meldung zur Reihenfolge der Liste.';
		const late = await submitAccessibilityFeedback(db(), { message, name: '', email: '', pageUrl: '' }, new Date('2026-10-20T10:00:00Z'));
		const early = await submitAccessibilityFeedback(db(), { message, name: '', email: '', pageUrl: '' }, new Date('2026-09-01T10:00:00Z'));
		const answered = await submitAccessibilityFeedback(db(), { message, name: '', email: '', pageUrl: '' }, new Date('2026-08-01T10:00:00Z'));
		const admin = await createTestUser(db(), { roles: ['coordinator'] });
		await markFeedbackAnswered(db(), answered.id, admin.id);

		const list = await listFeedback(db());
		const open = list.filter((f) => f.status === 'open');
		// Every open one comes before every answered one, and the open ones by due date.
		expect(list.slice(0, open.length).every((f) => f.status === 'open')).toBe(true);
		const dues = open.map((f) => f.dueAt.getTime());
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
		const ids = list.map((f) => f.id);
		expect(ids.indexOf(early.id)).toBeLessThan(ids.indexOf(late.id));
		expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(answered.id));
	});

	it('marks feedback answered once, with an audit entry', async () => {
		const actor = await createTestUser(db(), { roles: ['coordinator'] });
		const { id } = await submitAccessibilityFeedback(db(), { message: 'Die Schrift lässt sich nicht vergrößern.', name: '', email: '', pageUrl: '' });

		expect(await markFeedbackAnswered(db(), id, actor.id)).toBe(true);
		const [row] = await db().select().from(accessibilityFeedback).where(eq(accessibilityFeedback.id, id));
		expect(row.status).toBe('answered');
		expect(row.answeredAt).toBeInstanceOf(Date);

		// The second call changes nothing and writes no second entry.
		expect(await markFeedbackAnswered(db(), id, actor.id)).toBe(false);
		const [again] = await db().select().from(accessibilityFeedback).where(eq(accessibilityFeedback.id, id));
		expect(again.answeredAt!.getTime()).toBe(row.answeredAt!.getTime());
		const audit = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'feedback.answered')));
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actorId: actor.id, targetType: 'accessibility_feedback' });
	});

	it('returns false for feedback that does not exist', async () => {
		const actor = await createTestUser(db());
		expect(await markFeedbackAnswered(db(), '00000000-0000-4000-8000-000000000000', actor.id)).toBe(false);
	});
});
