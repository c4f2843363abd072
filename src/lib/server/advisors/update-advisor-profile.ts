import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advisorProfile, consentRecord } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { BACKGROUND_CONSENT, CONSENT_SUBJECT, CONSENT_WAY, TEAM_PAGE_CONSENT } from './consents';
import { AdvisorNotFoundError, StaleProfileError } from './errors';
import { isAdvisor, type AdvisorProfileRow } from './get-advisor-profile';
import type { ProfileInput } from './profile-schema';

export interface UpdateAdvisorProfileCommand {
	/** The advisor editing their own profile. */
	userId: string;
	input: ProfileInput;
}

const FIELDS = ['bio', 'languages', 'topicLevels', 'sdgLevels', 'formats', 'baseMunicipalityAgs', 'servedRegions', 'servedDistricts', 'travelRadiusKm', 'weeklyCapacityHours'] as const;

/**
 * Saves the advisor's own profile in one short transaction, version-checked (version 0: no profile yet, the
 * first save creates it). The background text is kept only with its consent: without it the text is emptied.
 * Each change of the background or team-page consent writes a consent record (DESIGN §8); the audit entry names
 * the changed fields, never the background text.
 */
export async function updateAdvisorProfile(db: Db, { userId, input }: UpdateAdvisorProfileCommand, { now = new Date() }: { now?: Date } = {}): Promise<AdvisorProfileRow> {
	return db.transaction(async (tx) => {
		if (!(await isAdvisor(tx, userId))) throw new AdvisorNotFoundError();
		const [before] = await tx.select().from(advisorProfile).where(eq(advisorProfile.userId, userId)).for('update');
		if ((before?.version ?? 0) !== input.version) throw new StaleProfileError();

		const hadBackgroundConsent = !!before?.backgroundConsentAt;
		const fields = {
			bio: input.bio,
			background: input.backgroundConsent ? input.background : '',
			backgroundConsentAt: input.backgroundConsent ? (before?.backgroundConsentAt ?? now) : null,
			languages: input.languages,
			topicLevels: input.topicLevels,
			sdgLevels: input.sdgLevels,
			formats: input.formats,
			baseMunicipalityAgs: input.baseAgs,
			servedRegions: input.servedRegions,
			servedDistricts: input.servedDistricts,
			travelRadiusKm: input.travelRadiusKm,
			weeklyCapacityHours: input.weeklyCapacityHours,
			publicTeam: input.publicTeam,
			updatedAt: now
		};
		const [after] = before
			? await tx
					.update(advisorProfile)
					.set({ ...fields, version: sql`${advisorProfile.version} + 1` })
					.where(and(eq(advisorProfile.userId, userId), eq(advisorProfile.version, input.version)))
					.returning()
			: // Two first saves at once: the primary key lets one in, the other is stale.
				await tx.insert(advisorProfile).values({ userId, ...fields }).onConflictDoNothing().returning();
		if (!after) throw new StaleProfileError();

		const consents: { purpose: string; textVersion: string; granted: boolean }[] = [];
		if (hadBackgroundConsent !== input.backgroundConsent) consents.push({ ...BACKGROUND_CONSENT, granted: input.backgroundConsent });
		if ((before?.publicTeam ?? false) !== input.publicTeam) consents.push({ ...TEAM_PAGE_CONSENT, granted: input.publicTeam });
		for (const c of consents) {
			await tx.insert(consentRecord).values({ subjectType: CONSENT_SUBJECT, subjectId: userId, way: CONSENT_WAY, at: now, ...c });
		}

		const changed: string[] = FIELDS.filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after[f]));
		if ((before?.background ?? '') !== after.background) changed.push('background');
		if ((before?.publicTeam ?? false) !== after.publicTeam) changed.push('publicTeam');
		await recordAudit(tx, {
			actorId: userId,
			action: before ? 'advisor.profile.update' : 'advisor.profile.create',
			targetType: 'user',
			targetId: userId,
			details: { fields: changed, consents: consents.map((c) => ({ purpose: c.purpose, granted: c.granted, textVersion: c.textVersion })) }
		});
		return after;
	});
}
