import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outboxMail } from '../db/schema';
import type { MailTransport } from './transport';

/**
 * Job handler for "mail.send". Sends outside any transaction (DESIGN §10) and marks the row after.
 * A row already sent is skipped, so a job retried after a crash does not send twice.
 */
export async function sendOutboxMail(db: Db, transport: MailTransport, from: string, outboxId: string) {
	const [mail] = await db.select().from(outboxMail).where(eq(outboxMail.id, outboxId));
	if (!mail || mail.status === 'sent') return;
	try {
		const { emlPath } = await transport.send({ id: mail.id, from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.attachments.length ? { attachments: mail.attachments } : {}) });
		await db
			.update(outboxMail)
			.set({ status: 'sent', sentAt: new Date(), emlPath: emlPath ?? null, error: null })
			.where(eq(outboxMail.id, outboxId));
	} catch (err) {
		await db
			.update(outboxMail)
			.set({ error: err instanceof Error ? err.message : String(err) })
			.where(eq(outboxMail.id, outboxId));
		throw err;
	}
}

export async function markOutboxMailFailed(db: Db, outboxId: string) {
	await db.update(outboxMail).set({ status: 'failed' }).where(eq(outboxMail.id, outboxId));
}
