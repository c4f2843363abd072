import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';

export interface MailText {
	subject: string;
	text: string;
}

/** Every mail text comes from the message files; mails go out in German unless a locale is given. */
export function mailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	return {
		magicLink: ({ url }: { url: string }): MailText => ({
			subject: m.mail_magic_link_subject({}, o),
			text: m.mail_magic_link_body({ url }, o) + footer
		}),
		passwordReset: ({ url }: { url: string }): MailText => ({
			subject: m.mail_password_reset_subject({}, o),
			text: m.mail_password_reset_body({ url }, o) + footer
		}),
		invitation: ({ url, origin }: { url: string; origin: string }): MailText => ({
			subject: m.mail_invitation_subject({}, o),
			text: m.mail_invitation_body({ url, origin }, o) + footer
		}),
		accessibilityFeedback: (p: { message: string; page: string; contact: string; due: string }): MailText => ({
			subject: m.mail_feedback_subject({}, o),
			text: m.mail_feedback_body(p, o) + footer
		})
	};
}
