import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { accessibilityFeedback } from '../db/schema';
import { recordAudit } from '../audit/record-audit';

/** Open ones first, the most urgent on top; answered ones after, newest first. */
export async function listFeedback(db: Db) {
	const open = await db
		.select()
		.from(accessibilityFeedback)
		.where(eq(accessibilityFeedback.status, 'open'))
		.orderBy(asc(accessibilityFeedback.dueAt));
	const answered = await db
		.select()
		.from(accessibilityFeedback)
		.where(eq(accessibilityFeedback.status, 'answered'))
		.orderBy(desc(accessibilityFeedback.answeredAt))
		.limit(100);
	return [...open, ...answered];
}

/** Pure: an open feedback past its due date is overdue. */
export function isOverdue(item: { status: string; dueAt: Date }, now = new Date()): boolean {
	return item.status === 'open' && item.dueAt.getTime() < now.getTime();
}

export async function markFeedbackAnswered(db: Db, id: string, actorId: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const rows = await tx
			.update(accessibilityFeedback)
			.set({ status: 'answered', answeredAt: new Date() })
			.where(and(eq(accessibilityFeedback.id, id), eq(accessibilityFeedback.status, 'open')))
			.returning({ id: accessibilityFeedback.id });
		if (rows.length) await recordAudit(tx, { actorId, action: 'feedback.answered', targetType: 'accessibility_feedback', targetId: id });
		return rows.length > 0;
	});
}
