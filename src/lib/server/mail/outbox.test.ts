import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { job, outboxMail } from '../db/schema';
import { createJobHandlers } from '../jobs/handlers';
import { runDueJobs, type JobHandlers } from '../jobs/runner';
import { describeDb } from '../testing/test-db';
import { testConfig, uniqueEmail } from '../testing/factories';
import { enqueueMail } from './outbox';
import { markOutboxMailFailed, sendOutboxMail } from './send-outbox-mail';
import type { MailTransport, OutgoingMail } from './transport';

const dataDirs: string[] = [];
function tempDataDir() {
	const dir = mkdtempSync(path.join(tmpdir(), 'miglobe-mail-'));
	dataDirs.push(dir);
	return dir;
}
afterAll(() => {
	for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for SMTP: records what it was asked to send, or fails like a server that is down. */
function fakeTransport(fail?: string): MailTransport & { sent: OutgoingMail[] } {
	const sent: OutgoingMail[] = [];
	return {
		kind: 'smtp',
		sent,
		async send(mail) {
			if (fail) throw new Error(fail);
			sent.push(mail);
			return {};
		}
	};
}

/** ASCII-only text, so the .eml can be searched without decoding quoted-printable. */
function testMail(kind = 'test.mail') {
	const tag = Math.random().toString(36).slice(2, 10);
	return { kind, to: uniqueEmail('empfaenger'), subject: `Test subject ${tag}`, text: `Hello,\n\nthis is line ${tag} of the body.\n` };
}

describeDb('mail outbox', ({ db }) => {
	const jobFor = async (outboxId: string) => {
		const [row] = await db().select().from(job).where(sql`${job.payload}->>'outboxId' = ${outboxId}`);
		return row;
	};
	const outboxRow = async (id: string) => (await db().select().from(outboxMail).where(eq(outboxMail.id, id)))[0];

	it('queues a mail as an outbox row plus one mail.send job, sending nothing yet', async () => {
		const mail = testMail();
		const id = await enqueueMail(db(), mail);
		const row = await outboxRow(id);
		expect(row).toMatchObject({ ...mail, status: 'queued', sentAt: null, emlPath: null, error: null });
		const jobs = await db().select().from(job).where(sql`${job.payload}->>'outboxId' = ${id}`);
		expect(jobs).toHaveLength(1);
		expect(jobs[0]).toMatchObject({ type: 'mail.send', status: 'pending', payload: { outboxId: id } });
	});

	it('queues nothing when the surrounding transaction rolls back', async () => {
		const mail = testMail();
		let id = '';
		await expect(
			db().transaction(async (tx) => {
				id = await enqueueMail(tx, mail);
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');
		expect(id).not.toBe('');
		expect(await outboxRow(id)).toBeUndefined();
		expect(await jobFor(id)).toBeUndefined();
	});

	it('carries a text attachment (a calendar file) into the .eml', async () => {
		const dataDir = tempDataDir();
		const { handlers, onGiveUp } = createJobHandlers(testConfig({ dataDir }));
		const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
		const id = await enqueueMail(db(), { ...testMail(), attachments: [{ filename: 'stadtfest.ics', contentType: 'text/calendar', content: ics }] });
		await runDueJobs(db(), handlers, { onGiveUp });
		const eml = readFileSync(path.join(dataDir, 'mail', `${id}.eml`), 'utf8');
		expect(eml).toMatch(/Content-Type: text\/calendar; name=stadtfest\.ics/);
		expect(eml).toMatch(/Content-Disposition: attachment; filename=stadtfest\.ics/);
		expect(eml).toContain(Buffer.from(ics).toString('base64'));
	});

	it('the job writes DATA_DIR/mail/<id>.eml, marks the row sent, and never sends it twice', async () => {
		const dataDir = tempDataDir();
		const { handlers, onGiveUp } = createJobHandlers(testConfig({ dataDir }));
		const mail = testMail();
		const id = await enqueueMail(db(), mail);

		const result = await runDueJobs(db(), handlers, { onGiveUp });
		expect(result.done).toBeGreaterThanOrEqual(1);
		expect(result.failed).toBe(0);

		const file = path.join(dataDir, 'mail', `${id}.eml`);
		expect(existsSync(file)).toBe(true);
		const eml = readFileSync(file, 'utf8');
		expect(eml).toContain(`Subject: ${mail.subject}`);
		expect(eml).toContain(mail.to);
		expect(eml).toContain(mail.text.split('\n')[2]);
		expect(eml).toContain('From: MiGlobe NRW <no-reply@miglobe.localhost>');

		const row = await outboxRow(id);
		expect(row.status).toBe('sent');
		expect(row.emlPath).toBe(file);
		expect(row.sentAt).toBeInstanceOf(Date);
		expect((await jobFor(id)).status).toBe('done');

		// A second pass finds nothing to do for this mail, and a replayed job (e.g. after a crash
		// between sending and marking the job done) skips the row that is already sent.
		expect((await runDueJobs(db(), handlers, { onGiveUp })).done).toBe(0);
		const transport = fakeTransport();
		await sendOutboxMail(db(), transport, 'x@example.org', id);
		expect(transport.sent).toEqual([]);
	});

	it('keeps a mail queued with the error when sending fails, and sends it on a later try', async () => {
		const mail = testMail();
		const id = await enqueueMail(db(), mail);
		await expect(sendOutboxMail(db(), fakeTransport('SMTP down'), 'x@example.org', id)).rejects.toThrow('SMTP down');
		expect(await outboxRow(id)).toMatchObject({ status: 'queued', error: 'SMTP down', sentAt: null });

		const ok = fakeTransport();
		await sendOutboxMail(db(), ok, 'from@example.org', id);
		expect(ok.sent).toEqual([{ id, from: 'from@example.org', to: mail.to, subject: mail.subject, text: mail.text }]);
		expect(await outboxRow(id)).toMatchObject({ status: 'sent', error: null });
	});

	it('marks the mail failed once the job has used up its attempts', async () => {
		const id = await enqueueMail(db(), testMail());
		const j = await jobFor(id);
		await db().update(job).set({ maxAttempts: 2 }).where(eq(job.id, j.id));

		// The real give-up hook, with a transport that always fails.
		const { onGiveUp } = createJobHandlers(testConfig({ dataDir: tempDataDir() }));
		const failing = fakeTransport('connection refused');
		const handlers: JobHandlers = { 'mail.send': (d, p) => sendOutboxMail(d, failing, 'x@example.org', String(p.outboxId)) };

		expect((await runDueJobs(db(), handlers, { onGiveUp })).retried).toBe(1);
		expect(await outboxRow(id)).toMatchObject({ status: 'queued', error: 'connection refused' });

		// Make the retry due now instead of waiting for the back-off.
		await db().update(job).set({ runAt: new Date(Date.now() - 1000) }).where(eq(job.id, j.id));
		expect((await runDueJobs(db(), handlers, { onGiveUp })).failed).toBe(1);
		expect((await outboxRow(id)).status).toBe('failed');
		expect((await jobFor(id)).status).toBe('failed');
	});

	it('markOutboxMailFailed marks exactly that mail', async () => {
		const a = await enqueueMail(db(), testMail());
		const b = await enqueueMail(db(), testMail());
		await markOutboxMailFailed(db(), a);
		expect((await outboxRow(a)).status).toBe('failed');
		expect((await outboxRow(b)).status).toBe('queued');
	});
});
