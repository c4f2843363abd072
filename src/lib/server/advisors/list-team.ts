import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile, user, userRole } from '../db/schema';

/*
 * The public team page (/team). Shown: only advisors who opted in (publicTeam, a consent with its own record),
 * who are active in the pool, whose account is not deactivated and who still hold the advisor role. Fields:
 * name, photo, languages, topics, short bio — nothing else. The background text is never shown here, even with
 * its consent: that consent covers matching and the coordination's view, not publication (DESIGN §8).
 */

const visible = and(eq(advisorProfile.publicTeam, true), eq(advisorProfile.active, true), isNull(user.deactivatedAt));

export interface TeamMember {
	id: string;
	name: string;
	bio: string;
	languages: { code: string; level: string }[];
	/** Topic slugs, strongest first. */
	topics: string[];
	/** A short token of the current photo for the URL (changes with each upload, so caches can keep it long); null without photo. */
	photo: string | null;
}

export async function listTeam(db: Db): Promise<TeamMember[]> {
	const rows = await db
		.select({
			id: user.id,
			name: user.name,
			bio: advisorProfile.bio,
			languages: advisorProfile.languages,
			topicLevels: advisorProfile.topicLevels,
			photoKey: advisorProfile.photoKey
		})
		.from(advisorProfile)
		.innerJoin(user, eq(user.id, advisorProfile.userId))
		.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
		.where(visible)
		.orderBy(asc(user.name), asc(user.id));
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		bio: r.bio,
		languages: r.languages,
		topics: Object.entries(r.topicLevels)
			.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
			.map(([slug]) => slug),
		photo: r.photoKey ? photoToken(r.photoKey) : null
	}));
}

export const photoToken = (key: string) => key.slice(-12);

/** The stored photo of a team-page advisor; null for anyone not shown on the team page. */
export async function getTeamPhoto(db: Db, userId: string): Promise<{ key: string; mediaType: string } | null> {
	const [row] = await db
		.select({ key: advisorProfile.photoKey, mediaType: advisorProfile.photoMediaType })
		.from(advisorProfile)
		.innerJoin(user, eq(user.id, advisorProfile.userId))
		.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
		.where(and(eq(advisorProfile.userId, userId), visible));
	return row?.key && row.mediaType ? { key: row.key, mediaType: row.mediaType } : null;
}
