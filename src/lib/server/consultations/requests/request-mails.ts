import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { MailText } from '../../mail/texts';

/** The mails of the public request; every text comes from messages/requests.*.json. */
export function requestMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	return {
		confirmation: (p: { name: string; reference: string; client: string; url: string }): MailText => ({
			subject: m.req_mail_confirmation_subject({ reference: p.reference }, o),
			text: m.req_mail_confirmation_body(p, o) + footer
		}),
		newRequest: (p: { reference: string; client: string; name: string; email: string; url: string; spam: string }): MailText => ({
			subject: m.req_mail_new_subject({ reference: p.reference, client: p.client }, o),
			text: m.req_mail_new_body(p, o) + footer
		})
	};
}

/** Absolute links in mails; the origin comes from the configuration (ORIGIN). */
export const requestLinks = (origin: string, locale: Locale = 'de') => ({
	status: (token: string) => `${origin}${locale === 'de' ? '' : `/${locale}`}/anfrage/status/${token}`,
	backOffice: () => `${origin}/app`
});
