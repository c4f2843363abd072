import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { formatDate } from '$lib/format';
import type { MailText } from '../mail/texts';

export interface DecisionMailFacts {
	reference: string;
	client: string;
	workDate: string;
	hours: string;
	url: string;
	reason?: string;
}

/** The mails of time and expense entries, plain text in the recipient's language, from messages/workspace.*.json. */
export function timeEntryMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	const facts = (p: DecisionMailFacts) => ({ reference: p.reference, client: p.client, date: formatDate(p.workDate, locale), hours: p.hours, url: p.url });
	return {
		approved: (p: DecisionMailFacts): MailText => ({
			subject: m.ws_mail_approved_subject({ date: formatDate(p.workDate, locale) }, o),
			text: m.ws_mail_approved_body(facts(p), o) + footer
		}),
		rejected: (p: DecisionMailFacts): MailText => ({
			subject: m.ws_mail_rejected_subject({ date: formatDate(p.workDate, locale) }, o),
			text: m.ws_mail_rejected_body({ ...facts(p), reason: p.reason ?? '' }, o) + footer
		})
	};
}

export const timeEntryLinks = (origin: string) => ({
	entry: (entryId: string) => `${origin}/app/zeiten/${entryId}`,
	month: (month: string) => `${origin}/app/zeiten?monat=${month}`
});
