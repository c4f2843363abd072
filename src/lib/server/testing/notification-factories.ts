import type { Db } from '../db/client';
import { notification, userPreference, type NotificationMode } from '../db/schema';

/** Sets a person's language and mode (and optionally when their last digest went out). */
export async function setTestPreferences(
	db: Db,
	userId: string,
	p: { locale?: string; notificationMode?: NotificationMode; lastDigestAt?: Date | null } = {}
) {
	const values = { locale: p.locale ?? 'de', notificationMode: p.notificationMode ?? 'immediate', lastDigestAt: p.lastDigestAt ?? null };
	await db.insert(userPreference).values({ userId, ...values }).onConflictDoUpdate({ target: userPreference.userId, set: values });
}

let counter = 0;

/** A notification waiting for the digest (or already digested when `digestedAt` is given). */
export async function createTestNotification(
	db: Db,
	userId: string,
	overrides: Partial<Omit<typeof notification.$inferInsert, 'userId' | 'id'>> = {}
) {
	counter++;
	const [row] = await db
		.insert(notification)
		.values({
			userId,
			kind: 'test.notice',
			subject: `Testmeldung ${counter}`,
			text: `Guten Tag,\n\ndies ist Meldung ${counter}.\n\n-- \nFußzeile`,
			...overrides
		})
		.returning();
	return row;
}
