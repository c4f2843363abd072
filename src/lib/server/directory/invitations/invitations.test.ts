import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisationInvitation, outboxMail } from '../../db/schema';
import { describeDb } from '../../testing/test-db';
import { createTestUser } from '../../testing/factories';
import { createTestMunicipality } from '../../testing/geo-factories';
import { createTestOrganisation } from '../../testing/directory-factories';
import { answerInvitation } from './answer-invitation';
import { InvalidInvitationTokenError, InvitationClosedError, InvitationNotFoundError, InvitationRefusedError } from './errors';
import { getInvitationForAnswer } from './get-invitation-for-answer';
import { displayedStatus, INVITATION_LIFETIME_MS, invitationRefusal, isValidOccasionDate } from './invitation-rules';
import { inviteOrganisation, type InviteInput } from './invite-organisation';
import { listInvitations } from './list-invitations';
import { withdrawInvitation } from './withdraw-invitation';

const ORIGIN = 'http://localhost:3000';
const MESSAGE = 'Wir laden Sie herzlich zum Vorbereitungstreffen des Stadtfests ein.';
const tokenFrom = (text: string) => /\/einladung\/([A-Za-z0-9_-]+)\?antwort=zusagen/.exec(text)?.[1] ?? '';

describe('invitation rules', () => {
	it('allows only published entries with consent to be contacted', () => {
		expect(invitationRefusal({ status: 'published', contactable: true })).toBeNull();
		expect(invitationRefusal({ status: 'published', contactable: false })).toBe('not_contactable');
		expect(invitationRefusal({ status: 'pending', contactable: true })).toBe('not_published');
		expect(invitationRefusal({ status: 'hidden', contactable: false })).toBe('not_published');
	});

	it('shows an open invitation past its link lifetime as expired, answered ones as they are', () => {
		const now = new Date('2026-05-01T10:00:00Z');
		const past = new Date('2026-04-30T10:00:00Z');
		expect(displayedStatus({ status: 'invited', expiresAt: past }, now)).toBe('expired');
		expect(displayedStatus({ status: 'accepted', expiresAt: past }, now)).toBe('accepted');
		expect(displayedStatus({ status: 'invited', expiresAt: new Date('2026-05-30T10:00:00Z') }, now)).toBe('invited');
	});

	it('accepts real ISO dates and free text, not impossible dates', () => {
		expect(isValidOccasionDate('2027-03-18')).toBe(true);
		expect(isValidOccasionDate('Frühjahr 2027')).toBe(true);
		expect(isValidOccasionDate('2027-02-30')).toBe(false);
	});
});

describeDb('organisation invitations', ({ db }) => {
	let coordinator: { id: string; email: string };
	let municipalityUser: { id: string; email: string };
	let otherMunicipalityUser: { id: string; email: string };
	beforeAll(async () => {
		await createTestMunicipality(db(), { ags: '05358008', name: 'Düren' });
		coordinator = await createTestUser(db(), { roles: ['coordinator'], name: 'Dilara Koordination' });
		municipalityUser = await createTestUser(db(), { roles: ['municipality'], name: 'Petra Kommune' });
		otherMunicipalityUser = await createTestUser(db(), { roles: ['municipality'] });
	});

	const mailsTo = (to: string) => db().select().from(outboxMail).where(eq(outboxMail.to, to));
	const load = async (id: string) => (await db().select().from(organisationInvitation).where(eq(organisationInvitation.id, id)))[0];
	const organisationFor = (overrides = {}) => createTestOrganisation(db(), { municipalityAgs: '05358008', contactable: true, ...overrides });
	const input = (organisationId: string, inviterId: string, overrides: Partial<InviteInput> = {}): InviteInput => ({
		organisationId,
		context: { type: 'occasion' },
		title: 'Stadtfest Düren 2027',
		occasionDate: '2027-03-18',
		message: MESSAGE,
		inviterId,
		...overrides
	});

	async function invited(inviterId = coordinator.id, now = new Date()) {
		const org = await organisationFor();
		const sent = await inviteOrganisation(db(), input(org.id, inviterId), { origin: ORIGIN, now });
		return { org, ...sent };
	}

	describe('inviteOrganisation', () => {
		it('queues exactly one mail to the contact with the message, the inviter and both answer links', async () => {
			const org = await organisationFor();
			const { id } = await inviteOrganisation(db(), input(org.id, coordinator.id), { origin: ORIGIN });
			const mails = await mailsTo(org.contactEmail);
			expect(mails).toHaveLength(1);
			expect(mails[0].subject).toBe('Einladung: Stadtfest Düren 2027');
			expect(mails[0].text).toContain(MESSAGE);
			expect(mails[0].text).toContain('Dilara Koordination');
			expect(mails[0].text).toContain('18.03.2027');
			const token = tokenFrom(mails[0].text);
			expect(mails[0].text).toContain(`${ORIGIN}/einladung/${token}?antwort=zusagen`);
			expect(mails[0].text).toContain(`${ORIGIN}/einladung/${token}?antwort=absagen`);

			const row = await load(id);
			expect(row).toMatchObject({ status: 'invited', contextType: 'occasion', contextId: null, invitedBy: coordinator.id });
			expect(row.tokenHash).not.toContain(token); // only the hash is stored
			expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(INVITATION_LIFETIME_MS);
			const audit = await db().select().from(auditLog).where(eq(auditLog.targetId, id));
			expect(audit.map((a) => a.action)).toEqual(['invitation.send']);
		});

		it.each([
			[{ status: 'pending' as const }, 'not_published'],
			[{ status: 'hidden' as const }, 'not_published'],
			[{ contactable: false }, 'not_contactable']
		])('refuses %o with the reason %s and sends nothing', async (overrides, reason) => {
			const org = await organisationFor(overrides);
			const refused = await inviteOrganisation(db(), input(org.id, coordinator.id), { origin: ORIGIN }).catch((e) => e);
			expect(refused).toBeInstanceOf(InvitationRefusedError);
			expect(refused.reason).toBe(reason);
			expect(await mailsTo(org.contactEmail)).toHaveLength(0);
			expect(await db().select().from(organisationInvitation).where(eq(organisationInvitation.organisationId, org.id))).toHaveLength(0);
		});

		it('says "not found" for an unknown organisation', async () => {
			await expect(
				inviteOrganisation(db(), input('00000000-0000-0000-0000-000000000000', coordinator.id), { origin: ORIGIN })
			).rejects.toBeInstanceOf(InvitationNotFoundError);
		});
	});

	describe('answerInvitation', () => {
		it('accepts once with a note, notifies the inviter by mail, and refuses a second answer', async () => {
			const { id, token, org } = await invited(municipalityUser.id);
			const before = (await mailsTo(municipalityUser.email)).length;
			// Looking at the link (GET) changes nothing.
			expect((await getInvitationForAnswer(db(), token))?.status).toBe('invited');
			expect((await load(id)).status).toBe('invited');

			const result = await answerInvitation(db(), token, { answer: 'accepted', note: 'Wir kommen zu zweit.' }, { origin: ORIGIN });
			expect(result.status).toBe('accepted');
			const row = await load(id);
			expect(row).toMatchObject({ status: 'accepted', answerNote: 'Wir kommen zu zweit.' });
			expect(row.answeredAt).not.toBeNull();

			const mails = await mailsTo(municipalityUser.email);
			expect(mails).toHaveLength(before + 1);
			const notice = mails.at(-1)!;
			expect(notice.subject).toBe(`Zusage: ${org.name} – Stadtfest Düren 2027`);
			expect(notice.text).toContain('zugesagt');
			expect(notice.text).toContain('Wir kommen zu zweit.');
			expect(notice.text).toContain(`${ORIGIN}/app/einladungen`);

			const again = await answerInvitation(db(), token, { answer: 'declined', note: null }, { origin: ORIGIN }).catch((e) => e);
			expect(again).toBeInstanceOf(InvitationClosedError);
			expect((await load(id)).status).toBe('accepted');
			expect(await mailsTo(municipalityUser.email)).toHaveLength(before + 1);
			const audit = await db().select().from(auditLog).where(eq(auditLog.targetId, id));
			expect(audit.map((a) => a.action).sort()).toEqual(['invitation.accept', 'invitation.send']);
		});

		it('records a decline', async () => {
			const { id, token } = await invited();
			await answerInvitation(db(), token, { answer: 'declined', note: null }, { origin: ORIGIN });
			expect((await load(id)).status).toBe('declined');
		});

		it('refuses an expired link and does not show it', async () => {
			const sentAt = new Date(Date.now() - INVITATION_LIFETIME_MS - 60_000);
			const { id, token } = await invited(coordinator.id, sentAt);
			await expect(answerInvitation(db(), token, { answer: 'accepted', note: null }, { origin: ORIGIN })).rejects.toBeInstanceOf(
				InvalidInvitationTokenError
			);
			expect((await load(id)).status).toBe('invited');
			expect(await getInvitationForAnswer(db(), token)).toBeNull();
		});

		it('refuses unknown and malformed tokens', async () => {
			for (const token of ['x'.repeat(43), 'kurz', null, "1' OR 1=1"]) {
				await expect(answerInvitation(db(), token, { answer: 'accepted', note: null }, { origin: ORIGIN })).rejects.toBeInstanceOf(
					InvalidInvitationTokenError
				);
			}
		});
	});

	describe('withdrawInvitation', () => {
		it('lets the inviter withdraw an open invitation, which can then not be answered', async () => {
			const { id, token } = await invited(municipalityUser.id);
			await withdrawInvitation(db(), id, { id: municipalityUser.id, roles: ['municipality'] });
			expect((await load(id)).status).toBe('withdrawn');
			await expect(answerInvitation(db(), token, { answer: 'accepted', note: null }, { origin: ORIGIN })).rejects.toBeInstanceOf(
				InvitationClosedError
			);
			expect((await getInvitationForAnswer(db(), token))?.status).toBe('withdrawn');
			await expect(withdrawInvitation(db(), id, { id: municipalityUser.id, roles: ['municipality'] })).rejects.toBeInstanceOf(InvitationClosedError);
		});

		it('lets a coordinator withdraw anybody\'s invitation, but not another municipality user', async () => {
			const { id } = await invited(municipalityUser.id);
			await expect(withdrawInvitation(db(), id, { id: otherMunicipalityUser.id, roles: ['municipality'] })).rejects.toBeInstanceOf(
				InvitationNotFoundError
			);
			expect((await load(id)).status).toBe('invited');
			await withdrawInvitation(db(), id, { id: coordinator.id, roles: ['coordinator'] });
			expect((await load(id)).status).toBe('withdrawn');
		});
	});

	describe('listInvitations', () => {
		it('shows a municipality user only their own invitations and a coordinator all of them', async () => {
			const mine = await invited(otherMunicipalityUser.id);
			const theirs = await invited(coordinator.id);

			const own = await listInvitations(db(), { id: otherMunicipalityUser.id, roles: ['municipality'] });
			expect(own.all).toBe(false);
			expect(own.invitations.every((i) => i.invitedBy === otherMunicipalityUser.id)).toBe(true);
			expect(own.invitations.map((i) => i.id)).toContain(mine.id);
			expect(own.invitations.map((i) => i.id)).not.toContain(theirs.id);
			expect(own.invitations.find((i) => i.id === mine.id)).toMatchObject({
				organisationName: mine.org.name,
				title: 'Stadtfest Düren 2027',
				shown: 'invited',
				withdrawable: true
			});

			const all = await listInvitations(db(), { id: coordinator.id, roles: ['coordinator'] });
			expect(all.all).toBe(true);
			expect(all.invitations.map((i) => i.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
			expect(all.invitations.find((i) => i.id === mine.id)?.inviterName).toBeTruthy();
		});
	});
});
