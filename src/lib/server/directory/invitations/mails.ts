import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { occasionDateText } from '$lib/invitation-status';
import type { MailText } from '../../mail/texts';
import type { InvitationAnswer } from './invitation-rules';

/** The mails of invitations; every text comes from messages/invitations.*.json. Organisations get German mail. */
export function invitationMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	return {
		invite: (p: {
			name: string;
			inviter: string;
			organisation: string;
			title: string;
			date: string | null;
			message: string;
			acceptUrl: string;
			declineUrl: string;
		}): MailText => ({
			subject: m.inv_mail_invite_subject({ title: p.title }, o),
			text:
				m.inv_mail_invite_body(
					{ ...p, dateLine: p.date ? m.inv_mail_date_line({ date: occasionDateText(p.date, locale) }, o) : '' },
					o
				) + footer
		}),
		answered: (p: { name: string; organisation: string; title: string; answer: InvitationAnswer; note: string | null; url: string }): MailText => {
			const subject = p.answer === 'accepted' ? m.inv_mail_answer_subject_accepted : m.inv_mail_answer_subject_declined;
			const answer = p.answer === 'accepted' ? m.inv_status_accepted({}, o) : m.inv_status_declined({}, o);
			return {
				subject: subject({ organisation: p.organisation, title: p.title }, o),
				text:
					m.inv_mail_answer_body(
						{ ...p, answer, noteLine: p.note ? m.inv_mail_note_line({ note: p.note }, o) : '' },
						o
					) + footer
			};
		}
	};
}

/** Absolute links in mails; the origin comes from the configuration (ORIGIN). The answer is only preselected. */
export const invitationLinks = (origin: string) => ({
	accept: (token: string) => `${origin}/einladung/${token}?antwort=zusagen`,
	decline: (token: string) => `${origin}/einladung/${token}?antwort=absagen`,
	list: () => `${origin}/app/einladungen`
});
