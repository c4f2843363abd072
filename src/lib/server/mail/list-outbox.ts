import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outboxMail } from '../db/schema';

export async function listOutbox(db: Db, { page, pageSize }: { page: number; pageSize: number }) {
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: outboxMail.id,
				kind: outboxMail.kind,
				to: outboxMail.to,
				subject: outboxMail.subject,
				status: outboxMail.status,
				createdAt: outboxMail.createdAt,
				sentAt: outboxMail.sentAt
			})
			.from(outboxMail)
			.orderBy(desc(outboxMail.createdAt), desc(outboxMail.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db.select({ total: count() }).from(outboxMail)
	]);
	return { rows, total };
}

export async function getOutboxMail(db: Db, id: string) {
	const [row] = await db.select().from(outboxMail).where(eq(outboxMail.id, id));
	return row;
}
