import { and, count, eq, gte, inArray, lte, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorBlockedPeriod, advisorProfile, consultation, consultationConflict, consultationMember, municipality, user, userRole } from '../db/schema';
import { OPEN_STATES } from '../consultations/lifecycle';
import type { AdvisorCandidate } from './advisor-factors';

export interface CandidateScope {
	/** The consultation the advisors are ranked for. */
	id: string;
	municipalityAgs: string | null;
	districtCode: string | null;
}

/** Accepted advisor memberships in other consultations, counted per advisor, under an extra condition. */
function acceptedElsewhere(db: Db, consultationId: string, where: SQL | undefined, alias: string) {
	return db
		.select({ userId: consultationMember.userId, n: count().as(`${alias}_n`) })
		.from(consultationMember)
		.innerJoin(consultation, eq(consultation.id, consultationMember.consultationId))
		.where(and(eq(consultationMember.role, 'advisor'), eq(consultationMember.status, 'accepted'), ne(consultation.id, consultationId), where))
		.groupBy(consultationMember.userId)
		.as(alias);
}

/**
 * Every account with the advisor role and the facts matching needs, in two queries whatever the pool's size:
 * profile, base municipality, this consultation's membership and conflict, the open workload and the earlier
 * work with the same client (one statement with grouped sub-selects); then the blocked periods touching the window.
 * An advisor without a profile yet counts as active with nothing known.
 */
export async function loadAdvisorCandidates(db: Db, scope: CandidateScope, window: { from: string; to: string }): Promise<AdvisorCandidate[]> {
	const workload = acceptedElsewhere(db, scope.id, inArray(consultation.state, [...OPEN_STATES]), 'workload');
	const sameClient = scope.municipalityAgs
		? eq(consultation.municipalityAgs, scope.municipalityAgs)
		: scope.districtCode
			? eq(consultation.districtCode, scope.districtCode)
			: eq(consultation.id, scope.id); // no client: nothing can match (the own consultation is left out above)
	const earlier = acceptedElsewhere(db, scope.id, sameClient, 'earlier');
	const rows = await db
		.select({
			id: user.id,
			name: user.name,
			deactivatedAt: user.deactivatedAt,
			profile: advisorProfile,
			baseName: municipality.name,
			baseLatitude: municipality.latitude,
			baseLongitude: municipality.longitude,
			membership: consultationMember.status,
			declineReason: consultationMember.declineReason,
			conflict: consultationConflict.reason,
			openAssignments: workload.n,
			earlierWithClient: earlier.n
		})
		.from(user)
		.innerJoin(userRole, and(eq(userRole.userId, user.id), eq(userRole.role, 'advisor')))
		.leftJoin(advisorProfile, eq(advisorProfile.userId, user.id))
		.leftJoin(municipality, eq(municipality.ags, advisorProfile.baseMunicipalityAgs))
		.leftJoin(
			consultationMember,
			and(eq(consultationMember.consultationId, scope.id), eq(consultationMember.userId, user.id), eq(consultationMember.role, 'advisor'))
		)
		.leftJoin(consultationConflict, and(eq(consultationConflict.consultationId, scope.id), eq(consultationConflict.userId, user.id)))
		.leftJoin(workload, eq(workload.userId, user.id))
		.leftJoin(earlier, eq(earlier.userId, user.id));

	const blocked = await db
		.select({ userId: advisorBlockedPeriod.userId, startsOn: advisorBlockedPeriod.startsOn, endsOn: advisorBlockedPeriod.endsOn })
		.from(advisorBlockedPeriod)
		.where(and(gte(advisorBlockedPeriod.endsOn, window.from), lte(advisorBlockedPeriod.startsOn, window.to)));
	const blockedBy = new Map<string, { startsOn: string; endsOn: string }[]>();
	for (const b of blocked) blockedBy.set(b.userId, [...(blockedBy.get(b.userId) ?? []), { startsOn: b.startsOn, endsOn: b.endsOn }]);

	return rows.map((r) => {
		const p = r.profile;
		const base = r.baseLatitude != null && r.baseLongitude != null ? { latitude: r.baseLatitude, longitude: r.baseLongitude } : null;
		return {
			id: r.id,
			name: r.name,
			active: p?.active ?? true,
			deactivated: r.deactivatedAt != null,
			languages: p?.languages ?? [],
			topicLevels: p?.topicLevels ?? {},
			sdgLevels: p?.sdgLevels ?? {},
			base,
			baseName: base ? r.baseName : null,
			servedRegions: p?.servedRegions ?? [],
			servedDistricts: p?.servedDistricts ?? [],
			travelRadiusKm: p?.travelRadiusKm ?? null,
			weeklyCapacityHours: p?.weeklyCapacityHours ?? null,
			blockedPeriods: blockedBy.get(r.id) ?? [],
			openAssignments: Number(r.openAssignments ?? 0),
			earlierWithClient: Number(r.earlierWithClient ?? 0),
			membership: r.membership === 'invited' || r.membership === 'accepted' || r.membership === 'declined' ? r.membership : null,
			declineReason: r.declineReason ?? null,
			conflict: r.conflict ?? null
		} satisfies AdvisorCandidate;
	});
}
