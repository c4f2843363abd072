import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { MailText } from '../mail/texts';

/** The mails of the documents area; every text comes from messages/documents.*.json. */
export function documentMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	return {
		/** To the people taking part: someone shared a document they may see. */
		uploaded: (p: { uploader: string; reference: string; client: string; name: string; url: string }): MailText => ({
			subject: m.doc_mail_uploaded_subject({ reference: p.reference }, o),
			text: m.doc_mail_uploaded_body(p, o) + footer
		})
	};
}

export const documentLinks = (origin: string) => ({
	list: (consultationId: string) => `${origin}/app/beratungen/${consultationId}/dokumente`
});
