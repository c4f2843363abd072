import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config';
import type { MailAttachment } from '../db/schema';

export interface OutgoingMail {
	id: string;
	from: string;
	to: string;
	subject: string;
	text: string;
	attachments?: MailAttachment[];
}

export interface MailTransport {
	kind: 'smtp' | 'file';
	/** Returns the path of the .eml file where the file transport kept it. */
	send(mail: OutgoingMail): Promise<{ emlPath?: string }>;
}

/** SMTP_URL set: nodemailer sends. Unset: each mail becomes DATA_DIR/mail/<id>.eml (DESIGN §9). */
export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'dataDir'>): MailTransport {
	if (config.smtpUrl) {
		const smtp = nodemailer.createTransport(config.smtpUrl);
		return {
			kind: 'smtp',
			async send(mail) {
				await smtp.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments ?? [] });
				return {};
			}
		};
	}
	const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	const dir = path.join(config.dataDir, 'mail');
	return {
		kind: 'file',
		async send(mail) {
			const info = await builder.sendMail({
				from: mail.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				attachments: mail.attachments ?? [],
				messageId: `<${mail.id}@miglobe.localhost>`
			});
			await mkdir(dir, { recursive: true });
			const emlPath = path.join(dir, `${mail.id}.eml`);
			await writeFile(emlPath, info.message as Buffer);
			return { emlPath };
		}
	};
}
