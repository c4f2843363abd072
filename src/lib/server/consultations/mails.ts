import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { MailText } from '../mail/texts';
import { stateLabel } from '$lib/consultation-labels';
import type { ConsultationState } from './lifecycle';

/** The mails of the consultation back office; every text comes from messages/consultations.*.json. */
export function consultationMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	const line = (text: string | null | undefined, make: (p: { reason: string; message: string }) => string) =>
		text?.trim() ? make({ reason: text.trim(), message: text.trim() }) : '';
	return {
		/** To the contact person of the municipality: a state change they can see. */
		stateChanged: (p: { name: string; reference: string; state: ConsultationState; reason?: string | null }): MailText => {
			const state = stateLabel(p.state, locale);
			return {
				subject: m.cons_mail_state_subject({ reference: p.reference, state }, o),
				text:
					m.cons_mail_state_body(
						{ name: p.name, reference: p.reference, state, reason: line(p.reason, (x) => m.cons_mail_reason_line(x, o)) },
						o
					) + footer
			};
		},
		/** To the others taking part (advisors, municipality users): the new state, with a link. */
		stateChangedForParticipant: (p: { reference: string; client: string; state: ConsultationState; reason?: string | null; url: string }): MailText => {
			const state = stateLabel(p.state, locale);
			return {
				subject: m.cons_mail_state_participant_subject({ reference: p.reference, state }, o),
				text:
					m.cons_mail_state_participant_body(
						{ reference: p.reference, client: p.client, state, url: p.url, reason: line(p.reason, (x) => m.cons_mail_reason_line(x, o)) },
						o
					) + footer
			};
		},
		/** To an advisor asked by the coordination. */
		assigned: (p: { name: string; reference: string; client: string; message?: string | null; url: string }): MailText => ({
			subject: m.cons_mail_assign_subject({ reference: p.reference }, o),
			text:
				m.cons_mail_assign_body(
					{ ...p, message: line(p.message, (x) => m.cons_mail_message_line(x, o)) },
					o
				) + footer
		}),
		/** To the coordinator who asked: the advisor's answer. */
		answered: (p: { advisor: string; reference: string; client: string; accepted: boolean; reason?: string | null; url: string }): MailText => {
			const answer = p.accepted ? m.cons_mail_answer_accepted({}, o) : m.cons_mail_answer_declined({}, o);
			return {
				subject: m.cons_mail_answer_subject({ advisor: p.advisor, reference: p.reference, answer }, o),
				text:
					m.cons_mail_answer_body(
						{ advisor: p.advisor, reference: p.reference, client: p.client, answer, url: p.url, reason: line(p.reason, (x) => m.cons_mail_reason_line(x, o)) },
						o
					) + footer
			};
		}
	};
}

export const consultationLinks = (origin: string) => ({
	page: (id: string) => `${origin}/app/beratungen/${id}`
});
