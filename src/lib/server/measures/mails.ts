import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { formatDate } from '$lib/format';
import type { MailText } from '../mail/texts';
import type { MeasureStatus } from './measure-rules';

type Label = (i?: object, o?: { locale?: Locale }) => string;
const STATUS: Record<MeasureStatus, Label> = {
	idea: m.mea_status_idea,
	planned: m.mea_status_planned,
	in_progress: m.mea_status_in_progress,
	done: m.mea_status_done,
	dropped: m.mea_status_dropped
};

export function measureStatusLabel(status: MeasureStatus, locale: Locale = 'de'): string {
	return STATUS[status]({}, { locale });
}

interface MeasureMailFacts {
	title: string;
	owner: string;
	dueDate: string | null;
	reference: string;
	client: string;
	url: string;
}

/** The mails of Ideen und Maßnahmen, plain text in the recipient's language, from messages/measures.*.json. */
export function measureMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	const details = (p: MeasureMailFacts) =>
		[
			p.owner.trim() ? m.mea_mail_owner_line({ owner: p.owner.trim() }, o) : '',
			p.dueDate ? m.mea_mail_due_line({ date: formatDate(p.dueDate, locale) }, o) : ''
		]
			.filter(Boolean)
			.map((line) => `\n${line}`)
			.join('');
	return {
		/** To the participants: a measure was added. */
		created: (p: MeasureMailFacts & { actor: string; status: MeasureStatus }): MailText => ({
			subject: m.mea_mail_created_subject({ reference: p.reference, title: p.title }, o),
			text:
				m.mea_mail_created_body(
					{ actor: p.actor, reference: p.reference, client: p.client, title: p.title, status: measureStatusLabel(p.status, locale), details: details(p), url: p.url },
					o
				) + footer
		}),
		/** To the participants: the status changed (with the note, when one was given). */
		statusChanged: (p: MeasureMailFacts & { actor: string; from: MeasureStatus; to: MeasureStatus; note: string }): MailText => ({
			subject: m.mea_mail_status_subject({ reference: p.reference, title: p.title, status: measureStatusLabel(p.to, locale) }, o),
			text:
				m.mea_mail_status_body(
					{
						actor: p.actor,
						reference: p.reference,
						client: p.client,
						title: p.title,
						from: measureStatusLabel(p.from, locale),
						to: measureStatusLabel(p.to, locale),
						note: p.note.trim() ? m.mea_mail_note_line({ note: p.note.trim() }, o) : '',
						url: p.url
					},
					o
				) + footer
		}),
		/** To the participants: the due date is near. */
		reminder: (p: MeasureMailFacts & { dueDate: string; status: MeasureStatus }): MailText => {
			const date = formatDate(p.dueDate, locale);
			return {
				subject: m.mea_mail_reminder_subject({ title: p.title, date }, o),
				text:
					m.mea_mail_reminder_body(
						{ reference: p.reference, client: p.client, title: p.title, date, status: measureStatusLabel(p.status, locale), details: details({ ...p, dueDate: null }), url: p.url },
						o
					) + footer
			};
		}
	};
}

export const measureLinks = (origin: string) => ({
	list: (consultationId: string) => `${origin}/app/beratungen/${consultationId}/massnahmen`,
	measure: (consultationId: string, measureId: string) => `${origin}/app/beratungen/${consultationId}/massnahmen/${measureId}`
});
