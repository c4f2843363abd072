import { randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisation, organisationInvitation, user } from '../db/schema';
import { hashToken } from '../directory/lifecycle/tokens';
import { INVITATION_LIFETIME_MS } from '../directory/invitations/invitation-rules';

const DAY = 24 * 60 * 60_000;

/*
 * Two invitations for the demo, so that "Meine Einladungen" is not empty: an open one of the coordination and an
 * accepted one of the municipality account. No mail is sent and the raw tokens are thrown away: nobody can
 * answer the demo records, just as nobody can answer a real invitation without its mail.
 */
const DEMO_INVITATIONS = [
	{
		inviter: 'koordination@demo.miglobe.de',
		organisation: 'Eine-Welt-Gruppe Düren',
		title: 'Stadtfest Düren 2027 – Vorbereitungstreffen',
		occasionDate: '2027-03-18',
		message:
			'Liebe Frau Brandt,\n\ndie Stadt Düren plant für 2027 ein Stadtfest mit migrantischen Gruppen und Partnerschaftsvereinen. Wir würden uns freuen, wenn die Eine-Welt-Gruppe beim ersten Vorbereitungstreffen dabei ist und von der Partnerschaft mit Ghana erzählt.',
		status: 'invited' as const,
		daysAgo: 3
	},
	{
		inviter: 'kommune@demo.miglobe.de',
		organisation: 'Afrika-Kulturforum Bielefeld e. V.',
		title: 'Workshop „Faire Beschaffung“ im Rathaus Bielefeld',
		occasionDate: 'Herbst 2026',
		message:
			'Guten Tag Frau Mensah,\n\nwir laden das Afrika-Kulturforum zu einem Workshop über faire Beschaffung ein und würden gern Ihre Erfahrungen aus der Bildungsarbeit einbeziehen.',
		status: 'accepted' as const,
		answerNote: 'Sehr gern – wir kommen zu zweit.',
		daysAgo: 12
	}
];

/** Inserts the demo invitations whose inviter and organisation exist (after the demo accounts and entries). */
export async function seedDemoInvitations(db: Db, now = new Date()): Promise<number> {
	const users = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, DEMO_INVITATIONS.map((i) => i.inviter)));
	const orgs = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.name, DEMO_INVITATIONS.map((i) => i.organisation)));
	const rows = DEMO_INVITATIONS.flatMap((i) => {
		const inviter = users.find((u) => u.email === i.inviter);
		const org = orgs.find((o) => o.name === i.organisation);
		if (!inviter || !org) return [];
		const createdAt = new Date(now.getTime() - i.daysAgo * DAY);
		return [
			{
				organisationId: org.id,
				contextType: 'occasion' as const,
				title: i.title,
				occasionDate: i.occasionDate,
				message: i.message,
				invitedBy: inviter.id,
				status: i.status,
				answerNote: 'answerNote' in i ? i.answerNote : null,
				tokenHash: hashToken(randomBytes(32).toString('base64url')),
				expiresAt: new Date(createdAt.getTime() + INVITATION_LIFETIME_MS),
				createdAt,
				answeredAt: i.status === 'invited' ? null : new Date(createdAt.getTime() + 2 * DAY)
			}
		];
	});
	if (rows.length) await db.insert(organisationInvitation).values(rows);
	return rows.length;
}

