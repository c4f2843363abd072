import { and, eq, inArray, isNull } from 'drizzle-orm';
import { isLocale, type Locale } from '$lib/paraglide/runtime.js';
import type { Db } from '../db/client';
import { consultationMember, notification, user, userPreference } from '../db/schema';
import { enqueueMail } from '../mail/outbox';
import type { MailText } from '../mail/texts';

/** Something that happened and concerns people: rendered per recipient in their language. */
export interface Notice {
	kind: string;
	consultationId?: string;
	render: (locale: Locale) => MailText;
}

export interface Recipient {
	userId: string;
	email: string;
	locale: Locale;
	mode: 'immediate' | 'daily';
}

/** Active accounts with their language and notification mode (defaults: German, immediately). */
export async function loadRecipients(db: Db, userIds: readonly string[]): Promise<Recipient[]> {
	const ids = [...new Set(userIds)];
	if (ids.length === 0) return [];
	const rows = await db
		.select({ userId: user.id, email: user.email, locale: userPreference.locale, mode: userPreference.notificationMode })
		.from(user)
		.leftJoin(userPreference, eq(userPreference.userId, user.id))
		.where(and(inArray(user.id, ids), isNull(user.deactivatedAt)));
	return rows.map((r) => ({
		userId: r.userId,
		email: r.email,
		locale: r.locale && isLocale(r.locale) ? r.locale : 'de',
		mode: r.mode ?? 'immediate'
	}));
}

/**
 * Tells these users about a notice: a mail now for those who want it immediately, a row for the daily digest
 * for the others. Pass the transaction of the change, so that the notice exists exactly when the change does.
 */
export async function notifyUsers(db: Db, userIds: readonly string[], notice: Notice): Promise<void> {
	for (const r of await loadRecipients(db, userIds)) {
		const text = notice.render(r.locale);
		if (r.mode === 'immediate') {
			await enqueueMail(db, { kind: notice.kind, to: r.email, ...text });
		} else {
			await db.insert(notification).values({
				userId: r.userId,
				kind: notice.kind,
				consultationId: notice.consultationId ?? null,
				subject: text.subject,
				text: text.text
			});
		}
	}
}

/**
 * The people taking part in a consultation: accepted advisors, and for notices visible to all the municipality
 * users bound to it. `except` leaves out the person who caused the notice.
 */
export async function consultationParticipantIds(
	db: Db,
	consultationId: string,
	{ audience, except }: { audience: 'all' | 'internal'; except?: string }
): Promise<string[]> {
	const roles: ('advisor' | 'municipality')[] = audience === 'all' ? ['advisor', 'municipality'] : ['advisor'];
	const rows = await db
		.select({ userId: consultationMember.userId })
		.from(consultationMember)
		.where(
			and(
				eq(consultationMember.consultationId, consultationId),
				eq(consultationMember.status, 'accepted'),
				inArray(consultationMember.role, roles)
			)
		);
	return rows.map((r) => r.userId).filter((id) => id !== except);
}

/** Notifies everyone taking part (see consultationParticipantIds) about a consultation notice. */
export async function notifyParticipants(
	db: Db,
	notice: Notice & { consultationId: string },
	options: { audience: 'all' | 'internal'; except?: string }
): Promise<void> {
	await notifyUsers(db, await consultationParticipantIds(db, notice.consultationId, options), notice);
}
