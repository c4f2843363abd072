import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formatDateTime } from '$lib/format';
import { PUBLIC_LOCALES } from '$lib/locales';
import type { Db } from '../db/client';
import { enqueueMail } from '../mail/outbox';
import type { MailText } from '../mail/texts';
import { buildEventCalendar, eventPageUrl, type IcsEvent } from './ics';
import { localizeContent } from '../content/localize-content';
import type { ContentTranslations } from '../db/schema/content-translations';
import type { EventField } from '../db/schema/events';

export type MailEvent = IcsEvent & { translations: ContentTranslations<EventField> };

/** A registration's stored language, as a locale the messages know (old or odd values read as German). */
export function mailLocale(value: string): Locale {
	return (PUBLIC_LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'de';
}

export function cancelUrl(origin: string, token: string, locale: Locale): string {
	return origin + localizeHref(`/veranstaltungen/abmelden/${token}`, { locale });
}

/** The event in the recipient's language (title, place, description), for mail text and the attached .ics. */
function localized(event: MailEvent, locale: Locale): IcsEvent {
	const { values } = localizeContent({ title: event.title, description: event.description, place: event.place }, event.translations, locale);
	return { ...event, ...values };
}

export type RegistrationMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'event_cancelled';

/**
 * Queues one mail to a registered person in their language. Confirmations (also after moving up from the waiting
 * list) carry the .ics with the online link and the cancellation link; the waiting-list mail has the link too,
 * so that people can leave the list.
 */
export async function queueRegistrationMail(
	db: Db,
	kind: RegistrationMailKind,
	{ event, to, name, locale: raw, token, origin }: { event: MailEvent; to: string; name: string; locale: string; token: string | null; origin: string }
) {
	const locale = mailLocale(raw);
	const o = { locale };
	const e = localized(event, locale);
	const params = {
		name,
		title: e.title,
		when: `${formatDateTime(e.startsAt, locale)} – ${formatDateTime(e.endsAt, locale)}`,
		where: e.place.trim() || m.event_online({}, o),
		online: e.onlineUrl ? m.event_mail_online({ url: e.onlineUrl }, o) : '',
		url: eventPageUrl(origin, e.slug, locale),
		cancel: token ? cancelUrl(origin, token, locale) : ''
	};
	const footer = '\n\n-- \n' + m.mail_footer({}, o);
	const texts: Record<RegistrationMailKind, () => MailText> = {
		confirmed: () => ({ subject: m.event_mail_confirmed_subject(params, o), text: m.event_mail_confirmed_body(params, o) }),
		promoted: () => ({ subject: m.event_mail_promoted_subject(params, o), text: m.event_mail_promoted_body(params, o) }),
		waitlisted: () => ({ subject: m.event_mail_waitlisted_subject(params, o), text: m.event_mail_waitlisted_body(params, o) }),
		event_cancelled: () => ({ subject: m.event_mail_event_cancelled_subject(params, o), text: m.event_mail_event_cancelled_body(params, o) })
	};
	const text = texts[kind]();
	const withCalendar = kind === 'confirmed' || kind === 'promoted' || kind === 'event_cancelled';
	const attachments = withCalendar
		? [
				{
					filename: 'veranstaltung.ics',
					contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
					content: buildEventCalendar([e], { origin, name: e.title, locale, withOnlineUrl: kind !== 'event_cancelled' })
				}
			]
		: undefined;
	await enqueueMail(db, { kind: `event.${kind}`, to, subject: text.subject, text: text.text.replace(/\n{3,}/g, '\n\n') + footer, ...(attachments ? { attachments } : {}) });
}
