import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { formatDateTime } from '$lib/format';
import type { MailText } from '../mail/texts';

export interface SessionMailFacts {
	title: string;
	reference: string;
	client: string;
	startsAt: Date;
	durationMinutes: number;
	place: string;
	onlineUrl: string | null;
	/** The session page in the back office (config.origin + path). */
	url: string;
}

/** Mails about sessions, per recipient language; texts from messages/sessions.*.json. */
export function sessionMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	const params = (f: SessionMailFacts) => ({
		title: f.title,
		reference: f.reference,
		client: f.client,
		when: formatDateTime(f.startsAt, locale),
		duration: String(f.durationMinutes),
		where: [f.place.trim(), f.onlineUrl ?? ''].filter(Boolean).join(' · ') || m.ses_mail_place_open({}, o),
		url: f.url
	});
	const mail = (subject: (p: ReturnType<typeof params>) => string, body: (p: ReturnType<typeof params>) => string) => (f: SessionMailFacts): MailText => {
		const p = params(f);
		return { subject: subject(p), text: body(p) + footer };
	};
	return {
		created: mail((p) => m.ses_mail_created_subject(p, o), (p) => m.ses_mail_created_body(p, o)),
		updated: mail((p) => m.ses_mail_updated_subject(p, o), (p) => m.ses_mail_updated_body(p, o)),
		cancelled: mail((p) => m.ses_mail_cancelled_subject(p, o), (p) => m.ses_mail_cancelled_body(p, o)),
		reminder: mail((p) => m.ses_mail_reminder_subject(p, o), (p) => m.ses_mail_reminder_body(p, o))
	};
}

export const sessionLinks = (origin: string) => ({
	list: (consultationId: string) => `${origin}/app/beratungen/${consultationId}/termine`,
	page: (consultationId: string, sessionId: string) => `${origin}/app/beratungen/${consultationId}/termine/${sessionId}`,
	consultation: (consultationId: string) => `${origin}/app/beratungen/${consultationId}`
});
