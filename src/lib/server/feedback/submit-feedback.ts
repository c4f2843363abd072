import { z } from 'zod';
import type { Db } from '../db/client';
import { accessibilityFeedback } from '../db/schema';
import { enqueueMail } from '../mail/outbox';
import { mailTexts } from '../mail/texts';
import { getSettings } from '../settings/settings-store';

export const feedbackSchema = z.object({
	message: z.string().trim().min(10, { error: 'message_too_short' }).max(5000, { error: 'message_too_long' }),
	name: z.string().trim().max(120, { error: 'name_too_long' }).optional().default(''),
	email: z
		.string()
		.trim()
		.max(254, { error: 'email_invalid' })
		.pipe(z.union([z.literal(''), z.email({ error: 'email_invalid' })]))
		.optional()
		.default(''),
	pageUrl: z.string().trim().max(500, { error: 'page_too_long' }).optional().default('')
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;

/**
 * Pure: BITV feedback must be answered within one month. A month that would end on a day the next
 * month lacks (31 January) ends on that month's last day (§ 188 (3) BGB), not in the month after.
 */
export function feedbackDueDate(received: Date): Date {
	const due = new Date(received);
	due.setUTCMonth(due.getUTCMonth() + 1);
	if (due.getUTCDate() !== received.getUTCDate()) due.setUTCDate(0);
	return due;
}

/** Stores the feedback with its due date and queues a mail to the coordination, in one transaction. */
export async function submitAccessibilityFeedback(db: Db, input: FeedbackInput, now = new Date()) {
	const settings = await getSettings(db);
	const dueAt = feedbackDueDate(now);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(accessibilityFeedback)
			.values({
				createdAt: now,
				dueAt,
				message: input.message,
				name: input.name || null,
				email: input.email || null,
				pageUrl: input.pageUrl || null
			})
			.returning({ id: accessibilityFeedback.id });
		const t = mailTexts().accessibilityFeedback({
			message: input.message,
			page: input.pageUrl || '–',
			contact: [input.name, input.email].filter(Boolean).join(', ') || '–',
			due: dueAt.toISOString().slice(0, 10)
		});
		await enqueueMail(tx, { kind: 'accessibility.feedback', to: settings.coordinationEmail, ...t });
		return { id: row.id, dueAt };
	});
}
