import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { MailText } from '../mail/texts';
import type { EvaluationKind } from './evaluation-status';

/** The mails of the evaluation; every text comes from messages/evaluations.*.json. */
export function evaluationMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	return {
		/** To the coordination and the people taking part: a questionnaire was submitted or changed. */
		saved: (p: { kind: EvaluationKind; updated: boolean; onBehalf: boolean; reference: string; client: string; url: string }): MailText => {
			const who = p.kind === 'municipality' ? m.eval_mail_who_municipality({}, o) : m.eval_mail_who_advisor({}, o);
			const subject = p.updated
				? m.eval_mail_updated_subject({ reference: p.reference, who }, o)
				: m.eval_mail_submitted_subject({ reference: p.reference, who }, o);
			const action = p.updated ? m.eval_mail_updated({}, o) : m.eval_mail_submitted({}, o);
			const onBehalf = p.onBehalf ? '\n\n' + m.eval_mail_on_behalf({ who }, o) : '';
			return {
				subject,
				text: m.eval_mail_body({ reference: p.reference, client: p.client, who, action, url: p.url }, o) + onBehalf + footer
			};
		}
	};
}

export const evaluationLink = (origin: string, consultationId: string) => `${origin}/app/beratungen/${consultationId}/auswertung`;
