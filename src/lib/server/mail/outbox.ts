import type { Db } from '../db/client';
import { outboxMail, type MailAttachment } from '../db/schema';
import { enqueueJob } from '../jobs/queue';

export interface NewMail {
	kind: string;
	to: string;
	subject: string;
	text: string;
	/** Text attachments only (calendar files); uploads are never mailed. */
	attachments?: MailAttachment[];
}

/**
 * Queues a mail: one outbox row and one job, nothing sent yet. Callers may pass a transaction,
 * so that a mail is queued exactly when the change it reports is committed.
 */
export async function enqueueMail(db: Db, mail: NewMail): Promise<string> {
	const [row] = await db.insert(outboxMail).values(mail).returning({ id: outboxMail.id });
	await enqueueJob(db, 'mail.send', { outboxId: row.id });
	return row.id;
}
