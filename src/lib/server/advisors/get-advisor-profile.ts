import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorBlockedPeriod, advisorProfile, user, userRole } from '../db/schema';

export type AdvisorProfileRow = typeof advisorProfile.$inferSelect;

/** A profile as the form shows it before the first save: version 0, nothing filled in. */
export function emptyProfile(userId: string): AdvisorProfileRow {
	const now = new Date(0);
	return {
		userId,
		bio: '',
		background: '',
		backgroundConsentAt: null,
		photoKey: null,
		photoMediaType: null,
		languages: [],
		topicLevels: {},
		sdgLevels: {},
		formats: [],
		baseMunicipalityAgs: null,
		servedRegions: [],
		servedDistricts: [],
		travelRadiusKm: null,
		weeklyCapacityHours: null,
		active: true,
		publicTeam: false,
		version: 0,
		createdAt: now,
		updatedAt: now
	};
}

/**
 * An advisor's account, profile (empty, version 0, when none was saved yet) and blocked periods; null when the
 * account does not exist or holds no advisor role.
 */
export async function getAdvisorProfile(db: Db, userId: string) {
	const [account] = await db
		.select({ id: user.id, name: user.name, email: user.email, deactivatedAt: user.deactivatedAt })
		.from(user)
		.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
		.where(eq(user.id, userId));
	if (!account) return null;
	const [profile] = await db.select().from(advisorProfile).where(eq(advisorProfile.userId, userId));
	const blockedPeriods = await db
		.select({ id: advisorBlockedPeriod.id, startsOn: advisorBlockedPeriod.startsOn, endsOn: advisorBlockedPeriod.endsOn, note: advisorBlockedPeriod.note })
		.from(advisorBlockedPeriod)
		.where(eq(advisorBlockedPeriod.userId, userId))
		.orderBy(asc(advisorBlockedPeriod.startsOn));
	return { account, profile: profile ?? emptyProfile(userId), blockedPeriods };
}

/** Is the id a user holding the advisor role? Used inside commands' transactions. */
export async function isAdvisor(db: Db, userId: string): Promise<boolean> {
	const rows = await db.select({ userId: userRole.userId }).from(userRole).where(and(eq(userRole.userId, userId), eq(userRole.role, 'advisor')));
	return rows.length > 0;
}
