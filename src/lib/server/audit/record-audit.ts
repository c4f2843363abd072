import { desc, count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';

export interface AuditEntry {
	actorId: string | null;
	action: string;
	targetType: string;
	targetId?: string | null;
	details?: Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditEntry) {
	await db.insert(auditLog).values({ ...entry, targetId: entry.targetId ?? null, details: entry.details ?? {} });
}

export async function listAudit(db: Db, { page, pageSize }: { page: number; pageSize: number }) {
	const [rows, [{ total }]] = await Promise.all([
		db.select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(pageSize).offset((page - 1) * pageSize),
		db.select({ total: count() }).from(auditLog)
	]);
	return { rows, total };
}
