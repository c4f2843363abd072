import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { isLocale } from '$lib/paraglide/runtime.js';
import type { Db } from '../db/client';
import { consultation, notification, user, userPreference } from '../db/schema';
import { enqueueMail } from '../mail/outbox';
import { clientName } from '../consultations/client-name';
import { berlinDayStart, digestDue, RETENTION_DAYS } from './digest-schedule';
import { notificationMailTexts, type DigestGroup } from './mails';

const DAY = 86_400_000;

/**
 * Sends each person with waiting notifications one mail with what piled up, once per Berlin calendar day from
 * 07:00 on (the hourly sweep calls this). Rows wait for the digest whatever the person's mode is now, so that
 * switching back to "immediately" loses nothing. Deactivated accounts get nothing. Returns how many were sent.
 */
export async function sendDailyDigests(db: Db, opts: { origin: string; now: Date }): Promise<number> {
	await deleteExpiredNotifications(db, opts.now);
	if (!digestDue(opts.now, null)) return 0;
	const candidates = await db
		.selectDistinct({ userId: notification.userId })
		.from(notification)
		.innerJoin(user, eq(user.id, notification.userId))
		.leftJoin(userPreference, eq(userPreference.userId, notification.userId))
		.where(
			and(
				isNull(notification.digestedAt),
				isNull(user.deactivatedAt),
				or(isNull(userPreference.lastDigestAt), lt(userPreference.lastDigestAt, berlinDayStart(opts.now)))
			)
		);
	let sent = 0;
	for (const { userId } of candidates) if (await sendDigest(db, userId, opts)) sent++;
	return sent;
}

/**
 * One person's digest in one short transaction: the mail is queued, the rows marked and the day noted
 * together, so a crash or a second process (the preference row is locked) never sends it twice.
 */
async function sendDigest(db: Db, userId: string, { origin, now }: { origin: string; now: Date }): Promise<boolean> {
	return db.transaction(async (tx) => {
		await tx.insert(userPreference).values({ userId }).onConflictDoNothing();
		const [pref] = await tx.select().from(userPreference).where(eq(userPreference.userId, userId)).for('update');
		if (!digestDue(now, pref.lastDigestAt)) return false;
		const [person] = await tx.select({ email: user.email, deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId));
		if (!person || person.deactivatedAt) return false;
		const rows = await tx
			.select({
				id: notification.id,
				subject: notification.subject,
				text: notification.text,
				consultationId: notification.consultationId,
				reference: consultation.reference,
				municipalityAgs: consultation.municipalityAgs,
				districtCode: consultation.districtCode
			})
			.from(notification)
			.leftJoin(consultation, eq(consultation.id, notification.consultationId))
			.where(and(eq(notification.userId, userId), isNull(notification.digestedAt)))
			.orderBy(asc(notification.createdAt), asc(notification.id));
		if (rows.length === 0) return false;

		const groups = new Map<string, DigestGroup>();
		for (const r of rows) {
			const key = r.consultationId ?? '';
			let group = groups.get(key);
			if (!group) {
				const about =
					r.consultationId && r.reference
						? { id: r.consultationId, reference: r.reference, client: await clientName(tx, { municipalityAgs: r.municipalityAgs, districtCode: r.districtCode }) }
						: null;
				group = { consultation: about, items: [] };
				groups.set(key, group);
			}
			group.items.push({ subject: r.subject, text: r.text });
		}
		const locale = isLocale(pref.locale) ? pref.locale : 'de';
		const mail = notificationMailTexts(locale).digest({ now, origin, groups: [...groups.values()] });
		await enqueueMail(tx, { kind: 'notification.digest', to: person.email, ...mail });
		await tx.update(notification).set({ digestedAt: now }).where(inArray(notification.id, rows.map((r) => r.id)));
		await tx.update(userPreference).set({ lastDigestAt: now }).where(eq(userPreference.userId, userId));
		return true;
	});
}

/**
 * Retention (schema): digested rows 30 days after the digest. Rows never digested after 30 days can only belong
 * to accounts that get no digest (deactivated); old news is no news, so they go too.
 */
export async function deleteExpiredNotifications(db: Db, now: Date): Promise<void> {
	const cutoff = new Date(now.getTime() - RETENTION_DAYS * DAY);
	await db
		.delete(notification)
		.where(or(lt(notification.digestedAt, cutoff), and(isNull(notification.digestedAt), lt(notification.createdAt, cutoff))));
}
