import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { MailText } from '../../mail/texts';

/** The mails of the directory lifecycle; every text comes from messages/organisations.*.json. */
export function organisationMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	return {
		confirmEmail: (p: { name: string; organisation: string; url: string }): MailText => ({
			subject: m.orgs_mail_confirm_subject({}, o),
			text: m.orgs_mail_confirm_body(p, o) + footer
		}),
		newEntry: (p: { organisation: string; municipality: string; url: string }): MailText => ({
			subject: m.orgs_mail_new_entry_subject({}, o),
			text: m.orgs_mail_new_entry_body(p, o) + footer
		}),
		published: (p: { name: string; organisation: string; publicUrl: string; editUrl: string; requestUrl: string }): MailText => ({
			subject: m.orgs_mail_published_subject({}, o),
			text: m.orgs_mail_published_body(p, o) + footer
		}),
		rejected: (p: { name: string; organisation: string; reason: string }): MailText => ({
			subject: m.orgs_mail_rejected_subject({}, o),
			text: m.orgs_mail_rejected_body(p, o) + footer
		}),
		editLink: (p: { name: string; organisation: string; url: string }): MailText => ({
			subject: m.orgs_mail_edit_subject({}, o),
			text: m.orgs_mail_edit_body(p, o) + footer
		}),
		reminder: (p: { name: string; organisation: string; url: string }): MailText => ({
			subject: m.orgs_mail_reminder_subject({}, o),
			text: m.orgs_mail_reminder_body(p, o) + footer
		}),
		hidden: (p: { name: string; organisation: string; url: string }): MailText => ({
			subject: m.orgs_mail_hidden_subject({}, o),
			text: m.orgs_mail_hidden_body(p, o) + footer
		})
	};
}

/** Absolute links in mails; the origin comes from the configuration (ORIGIN). */
export const lifecycleLinks = (origin: string) => ({
	confirm: (token: string) => `${origin}/vereine/bestaetigen?token=${token}`,
	edit: (token: string) => `${origin}/vereine/bearbeiten/${token}`,
	requestEdit: () => `${origin}/vereine/bearbeiten`,
	publicEntry: (id: string) => `${origin}/vereine/${id}`,
	review: (id: string) => `${origin}/app/vereine/${id}`
});
