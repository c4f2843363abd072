import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { isLocale, type Locale } from '$lib/paraglide/runtime.js';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { consultationMember, user, userPreference, userRole } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { ConsultationRow } from './access';

/** Accounts of the programme's own people are never turned into municipality accounts. */
const PROGRAMME_ROLES: readonly Role[] = ['coordinator', 'admin', 'advisor'];

export interface ContactAccount {
	userId: string;
	email: string;
	/** A new account (gets the invitation to set a password) or an existing one (gets a log-in link). */
	created: boolean;
	/** The language of the account's mails (German for a new account). */
	locale: Locale;
}

/**
 * When a coordinator accepts a request (take_into_review): the contact person gets an account with the role
 * 'municipality', bound to this consultation as an accepted municipality member, so they see it (and only the
 * consultations they are bound to). Pass the transition's transaction; nothing here waits for the network.
 * An existing account is bound, and gets the municipality role only when it holds no programme role
 * (coordinator, admin, advisor): such an account is left alone and null is returned, as for a deactivated one.
 */
export async function inviteMunicipalityContact(
	tx: Db,
	{ consultation, actorId, now = new Date() }: { consultation: ConsultationRow; actorId: string; now?: Date }
): Promise<ContactAccount | null> {
	const email = consultation.contactEmail.trim().toLowerCase();
	if (!email) return null;
	const id = randomUUID();
	// ON CONFLICT rather than a prior check: the address may be taken at the same moment.
	const inserted = await tx
		.insert(user)
		.values({ id, name: consultation.contactName.trim() || email, email, emailVerified: false })
		.onConflictDoNothing({ target: user.email })
		.returning({ id: user.id });
	const created = inserted.length > 0;
	let userId: string = id;
	let locale: Locale = 'de';
	if (!created) {
		const [existing] = await tx
			.select({ id: user.id, deactivatedAt: user.deactivatedAt, locale: userPreference.locale })
			.from(user)
			.leftJoin(userPreference, eq(userPreference.userId, user.id))
			.where(eq(user.email, email));
		if (!existing || existing.deactivatedAt) return null;
		const roles = (await tx.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, existing.id))).map((r) => r.role);
		if (roles.some((r) => PROGRAMME_ROLES.includes(r))) return null;
		userId = existing.id;
		if (existing.locale && isLocale(existing.locale)) locale = existing.locale;
	}
	await tx.insert(userRole).values({ userId, role: 'municipality', grantedBy: actorId }).onConflictDoNothing();
	await tx
		.insert(consultationMember)
		.values({ consultationId: consultation.id, userId, role: 'municipality', status: 'accepted', invitedBy: actorId, invitedAt: now, answeredAt: now })
		.onConflictDoNothing();
	await recordAudit(tx, {
		actorId,
		action: created ? 'user.invite' : 'consultation.member_bound',
		targetType: 'user',
		targetId: userId,
		details: { roles: ['municipality'], consultationId: consultation.id, reference: consultation.reference }
	});
	return { userId, email, created, locale };
}

/** The part of better-auth this needs: the set-password link that is also the platform's invitation. */
export interface InvitationAuth {
	api: { requestPasswordReset(args: { body: { email: string; redirectTo?: string } }): Promise<unknown> };
}

/**
 * After the commit: the invitation of a new account, made exactly as an admin's invitation is (better-auth's
 * reset token; its mail hook sees an account without password and queues "Einladung zu MiGlobe NRW").
 */
export async function sendContactInvitation(auth: InvitationAuth, contact: ContactAccount): Promise<void> {
	if (!contact.created) return;
	await auth.api.requestPasswordReset({ body: { email: contact.email, redirectTo: '/passwort-neu' } });
}
