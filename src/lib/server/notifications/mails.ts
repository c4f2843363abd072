import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { formatDate } from '$lib/format';
import type { MailText } from '../mail/texts';

const FOOTER_MARK = '\n\n-- \n';

/** The text of a rendered mail without its signature, so that digest items do not repeat the footer. */
export function withoutFooter(text: string): string {
	const i = text.lastIndexOf(FOOTER_MARK);
	return (i >= 0 ? text.slice(0, i) : text).trim();
}

/** Adds a paragraph to a rendered mail just above its signature. */
export function insertBeforeFooter(text: string, paragraph: string): string {
	const i = text.lastIndexOf(FOOTER_MARK);
	return i >= 0 ? text.slice(0, i) + paragraph + text.slice(i) : text + paragraph;
}

export const notificationLinks = (origin: string) => ({
	consultation: (id: string) => `${origin}/app/beratungen/${id}`,
	settings: () => `${origin}/app/konto/benachrichtigungen`,
	/** The log-in page that leads to the consultation afterwards. */
	login: (id: string) => `${origin}/anmelden?redirectTo=${encodeURIComponent(`/app/beratungen/${id}`)}`,
	magicLinkRequest: () => `${origin}/anmelden/link`
});

export interface DigestGroup {
	consultation: { id: string; reference: string; client: string } | null;
	items: { subject: string; text: string }[];
}

/** Messages may be long; a notification shows the beginning and links to the whole timeline. */
const EXCERPT = 1500;
const excerpt = (body: string) => (body.length > EXCERPT ? body.slice(0, EXCERPT).trimEnd() + ' …' : body);

/** The mails of notifications; every text comes from messages/notifications.*.json. */
export function notificationMailTexts(locale: Locale = 'de') {
	const o = { locale };
	const footer = FOOTER_MARK + m.mail_footer({}, o);
	return {
		/** One mail with everything that piled up for a person, grouped by consultation. */
		digest: (p: { now: Date; groups: DigestGroup[]; origin: string }): MailText => {
			const links = notificationLinks(p.origin);
			const count = p.groups.reduce((n, g) => n + g.items.length, 0);
			const parts: string[] = [count === 1 ? m.ntf_digest_intro_one({}, o) : m.ntf_digest_intro_many({ count }, o)];
			for (const g of p.groups) {
				const title = g.consultation
					? m.ntf_digest_group({ reference: g.consultation.reference, client: g.consultation.client }, o)
					: m.ntf_digest_group_general({}, o);
				const items = g.items.map((i) => `* ${i.subject}\n\n${withoutFooter(i.text)}`);
				const link = g.consultation ? [m.ntf_digest_group_link({ url: links.consultation(g.consultation.id) }, o)] : [];
				parts.push([`${title}\n${'='.repeat(Math.min(title.length, 72))}`, ...items, ...link].join('\n\n'));
			}
			parts.push(m.ntf_digest_outro({ url: links.settings() }, o));
			return {
				subject: m.ntf_digest_subject({ date: formatDate(p.now, locale) }, o),
				text: parts.join('\n\n\n') + footer
			};
		},
		/** A new message in a consultation's timeline, to the other participants (and the coordination). */
		message: (p: {
			author: string | null;
			reference: string;
			client: string;
			body: string;
			visibility: 'all' | 'internal';
			origin?: string;
			consultationId: string;
			/** False for a shared mailbox (the coordination's), which has no account settings. */
			settingsLink?: boolean;
		}): MailText => {
			const visibility = p.visibility === 'all' ? m.ntf_mail_visibility_all({}, o) : m.ntf_mail_visibility_internal({}, o);
			const links = p.origin ? notificationLinks(p.origin) : null;
			return {
				subject: m.ntf_mail_message_subject({ reference: p.reference }, o),
				text:
					m.ntf_mail_message_body(
						{ author: p.author?.trim() || m.ntf_mail_someone({}, o), reference: p.reference, client: p.client, visibility, body: excerpt(p.body) },
						o
					) +
					(links ? m.ntf_mail_link_line({ url: links.consultation(p.consultationId) }, o) : '') +
					(links && p.settingsLink !== false ? m.ntf_mail_settings_line({ url: links.settings() }, o) : '') +
					footer
			};
		},
		/** The paragraph of the acceptance mail that tells the contact person about their access. */
		contactAccess: (p: { created: boolean; consultationId: string; origin: string }): string => {
			const links = notificationLinks(p.origin);
			return p.created
				? m.ntf_mail_access_new({ loginUrl: links.magicLinkRequest(), url: links.consultation(p.consultationId) }, o)
				: m.ntf_mail_access_existing({ url: links.login(p.consultationId) }, o);
		}
	};
}
