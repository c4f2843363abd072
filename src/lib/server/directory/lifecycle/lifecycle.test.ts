import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, consentRecord, organisation, organisationToken, outboxMail } from '../../db/schema';
import { describeDb } from '../../testing/test-db';
import { createTestUser, uniqueEmail } from '../../testing/factories';
import { createTestMunicipality } from '../../testing/geo-factories';
import { seedReferenceData } from '../../reference/topics-seed';
import { confirmOrganisationEmail } from './confirm-organisation-email';
import { confirmOrganisationEntry } from './confirm-organisation-entry';
import { CONSENT_TEXT_VERSIONS } from './consents';
import type { EditEntryInput, EntryInput } from './entry-schema';
import { EntryReferenceError, InvalidTokenError, InvalidTransitionError, StaleVersionError } from './errors';
import { openEditSession } from './open-edit-session';
import { registerOrganisation } from './register-organisation';
import { requestEditLink } from './request-edit-link';
import { reviewOrganisation } from './review-organisation';
import { updateOrganisationEntry } from './update-organisation-entry';

const ORIGIN = 'http://localhost:3000';
const HOUR = 3_600_000;

function input(overrides: Partial<EntryInput> = {}): EntryInput {
	return {
		name: 'Afrika-Forum Köln',
		kind: 'migrant_organisation',
		description: 'Stadtfeste und Bildungsarbeit.',
		languages: ['de', 'fr'],
		communities: ['SN'],
		topics: ['festivals-events'],
		sdgs: [4, 10],
		municipalityAgs: '05315000',
		address: 'Domplatz 1, 50667 Köln',
		website: 'https://afrika-forum.example.org',
		contactName: 'Amina Diallo',
		contactEmail: uniqueEmail('amina'),
		foundedYear: 1998,
		sizeClass: '10_to_49',
		consentProcessing: true,
		consentPublishContact: true,
		consentPublishAddress: false,
		consentContactable: true,
		...overrides
	};
}

const tokenFrom = (text: string, path: string) => new RegExp(`${path}([A-Za-z0-9_-]+)`).exec(text)?.[1] ?? '';

describeDb('organisation lifecycle', ({ db }) => {
	let coordinatorId: string;
	beforeAll(async () => {
		await seedReferenceData(db());
		await createTestMunicipality(db(), { ags: '05315000', name: 'Köln' });
		await createTestMunicipality(db(), { ags: '05711000', name: 'Bielefeld' });
		coordinatorId = (await createTestUser(db(), { roles: ['coordinator'] })).id;
	});

	const load = async (id: string) => (await db().select().from(organisation).where(eq(organisation.id, id)))[0];
	const mailsTo = (to: string) => db().select().from(outboxMail).where(eq(outboxMail.to, to));
	const consentsOf = (id: string) => db().select().from(consentRecord).where(eq(consentRecord.subjectId, id));

	async function published(overrides: Partial<EntryInput> = {}) {
		const entry = input(overrides);
		const { id, token } = await registerOrganisation(db(), entry, { origin: ORIGIN });
		await confirmOrganisationEmail(db(), token, { origin: ORIGIN });
		const row = await load(id);
		await reviewOrganisation(db(), { id, version: row.version, action: 'verify', actorId: coordinatorId }, { origin: ORIGIN });
		return { id, entry };
	}

	async function editToken(id: string, now = new Date()) {
		const row = await load(id);
		await requestEditLink(db(), row.contactEmail, { origin: ORIGIN, now });
		const mails = await mailsTo(row.contactEmail);
		return tokenFrom(mails.filter((m) => m.kind === 'organisation.edit-link').at(-1)!.text, '/vereine/bearbeiten/');
	}

	it('registers as unconfirmed with consents, a hashed 48-hour token and a confirmation mail', async () => {
		const now = new Date();
		const entry = input();
		const { id, token } = await registerOrganisation(db(), entry, { origin: ORIGIN, now });
		const row = await load(id);
		expect(row).toMatchObject({ status: 'unconfirmed', publishContact: true, publishAddress: false, contactable: true, emailConfirmedAt: null, version: 1 });
		const [mail] = await mailsTo(entry.contactEmail);
		expect(mail.text).toContain(`${ORIGIN}/vereine/bestaetigen?token=${token}`);
		const tokens = await db().select().from(organisationToken).where(eq(organisationToken.organisationId, id));
		expect(tokens).toHaveLength(1);
		expect(tokens[0].tokenHash).not.toBe(token);
		expect(tokens[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
		expect(tokens[0].expiresAt.getTime() - now.getTime()).toBe(48 * HOUR);
		const consents = await consentsOf(id);
		expect(consents.map((c) => [c.purpose, c.granted, c.textVersion, c.way]).sort()).toEqual(
			[
				['contactable', true, CONSENT_TEXT_VERSIONS.contactable, 'registration_form'],
				['processing', true, 'orgs-2026-11', 'registration_form'],
				['publish_address', false, CONSENT_TEXT_VERSIONS.publish_address, 'registration_form'],
				['publish_contact', true, CONSENT_TEXT_VERSIONS.publish_contact, 'registration_form']
			].sort()
		);
	});

	it('refuses inactive topics and unknown or historic municipalities', async () => {
		await expect(registerOrganisation(db(), input({ topics: ['no-such-topic'] }), { origin: ORIGIN })).rejects.toBeInstanceOf(EntryReferenceError);
		const err = await registerOrganisation(db(), input({ municipalityAgs: '05999999' }), { origin: ORIGIN }).catch((e) => e);
		expect(err).toBeInstanceOf(EntryReferenceError);
		expect(err.codes).toEqual({ municipalityAgs: 'orgs_error_municipality' });
	});

	it('confirms the email once: pending, mail to the coordination; a used or expired token is refused', async () => {
		const { id, token } = await registerOrganisation(db(), input(), { origin: ORIGIN });
		await confirmOrganisationEmail(db(), token, { origin: ORIGIN });
		const row = await load(id);
		expect(row.status).toBe('pending');
		expect(row.emailConfirmedAt).toBeInstanceOf(Date);
		const coordination = (await db().select().from(outboxMail).where(eq(outboxMail.kind, 'organisation.new-entry'))).filter((m) => m.text.includes(id));
		expect(coordination).toHaveLength(1);
		expect(coordination[0].to).toBe('miglobe@example.org');
		await expect(confirmOrganisationEmail(db(), token, { origin: ORIGIN })).rejects.toBeInstanceOf(InvalidTokenError);
		await expect(confirmOrganisationEmail(db(), 'not-a-token', { origin: ORIGIN })).rejects.toBeInstanceOf(InvalidTokenError);

		const late = await registerOrganisation(db(), input(), { origin: ORIGIN });
		await expect(confirmOrganisationEmail(db(), late.token, { origin: ORIGIN, now: new Date(Date.now() + 48 * HOUR + 1000) })).rejects.toBeInstanceOf(InvalidTokenError);
		expect((await load(late.id)).status).toBe('unconfirmed');
	});

	it('cannot publish before the email is confirmed', async () => {
		const { id } = await registerOrganisation(db(), input(), { origin: ORIGIN });
		await expect(reviewOrganisation(db(), { id, version: 1, action: 'verify', actorId: coordinatorId }, { origin: ORIGIN })).rejects.toBeInstanceOf(InvalidTransitionError);
		expect((await load(id)).status).toBe('unconfirmed');
	});

	it('flags a registration with the same name (case, accents, spaces) and municipality as a possible duplicate', async () => {
		const first = await registerOrganisation(db(), input({ name: 'Café Global Bielefeld', municipalityAgs: '05711000' }), { origin: ORIGIN });
		const second = await registerOrganisation(db(), input({ name: '  cafe   GLOBAL bielefeld ', municipalityAgs: '05711000' }), { origin: ORIGIN });
		const elsewhere = await registerOrganisation(db(), input({ name: 'Café Global Bielefeld', municipalityAgs: '05315000' }), { origin: ORIGIN });
		expect(first.possibleDuplicateOf).toBeNull();
		expect(second.possibleDuplicateOf).toBe(first.id);
		expect(elsewhere.possibleDuplicateOf).toBeNull();
		expect((await load(second.id)).possibleDuplicateOf).toBe(first.id);
	});

	it('verifies and publishes with audit and mail; rejects with reason; hides and republishes', async () => {
		const { id, entry } = await published();
		const row = await load(id);
		expect(row).toMatchObject({ status: 'published', verified: true, verifiedBy: coordinatorId, remindersSent: 0 });
		expect(row.lastConfirmedAt).toBeInstanceOf(Date);
		const live = (await mailsTo(entry.contactEmail)).find((m) => m.kind === 'organisation.published')!;
		expect(live.text).toContain(`${ORIGIN}/vereine/${id}`);
		expect(live.text).toContain(`${ORIGIN}/vereine/bearbeiten/`);

		await reviewOrganisation(db(), { id, version: row.version, action: 'hide', actorId: coordinatorId }, { origin: ORIGIN });
		expect(await load(id)).toMatchObject({ status: 'hidden', hiddenReason: 'coordinator' });
		await reviewOrganisation(db(), { id, version: row.version + 1, action: 'republish', actorId: coordinatorId }, { origin: ORIGIN });
		expect(await load(id)).toMatchObject({ status: 'published', hiddenReason: null });
		await reviewOrganisation(db(), { id, version: row.version + 2, action: 'reject', reason: 'Kein Bezug zu NRW.', actorId: coordinatorId }, { origin: ORIGIN });
		expect((await load(id)).status).toBe('rejected');
		const rejected = (await mailsTo(entry.contactEmail)).find((m) => m.kind === 'organisation.rejected')!;
		expect(rejected.text).toContain('Kein Bezug zu NRW.');

		const audit = await db().select().from(auditLog).where(and(eq(auditLog.targetType, 'organisation'), eq(auditLog.targetId, id)));
		expect(audit.map((a) => a.action).sort()).toEqual(
			['organisation.confirm-email', 'organisation.hide', 'organisation.register', 'organisation.reject', 'organisation.republish', 'organisation.verify'].sort()
		);
		expect(audit.find((a) => a.action === 'organisation.verify')?.actorId).toBe(coordinatorId);
	});

	it('answers a stale version with StaleVersionError and changes nothing', async () => {
		const { id } = await published();
		const row = await load(id);
		await expect(
			reviewOrganisation(db(), { id, version: row.version - 1, action: 'hide', actorId: coordinatorId }, { origin: ORIGIN })
		).rejects.toBeInstanceOf(StaleVersionError);
		expect(await load(id)).toMatchObject({ status: 'published', version: row.version });
		const results = await Promise.allSettled(
			[1, 2].map(() => reviewOrganisation(db(), { id, version: row.version, action: 'hide', actorId: coordinatorId }, { origin: ORIGIN }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect((await load(id)).version).toBe(row.version + 1);
	});

	it('sends edit links only for existing entries and answers alike otherwise', async () => {
		const { id, entry } = await published();
		expect(await requestEditLink(db(), entry.contactEmail.toUpperCase(), { origin: ORIGIN })).toBe(1);
		expect(await requestEditLink(db(), 'niemand@example.org', { origin: ORIGIN })).toBe(0);
		expect(await mailsTo('niemand@example.org')).toEqual([]);
		const token = await editToken(id);
		expect(token).not.toBe('');
	});

	it('edits through a one-time link: consent withdrawal unpublishes at once, stays published, audited', async () => {
		const { id, entry } = await published();
		const token = await editToken(id);
		const opened = new Date();
		const row = await openEditSession(db(), token, opened);
		const [stored] = await db().select().from(organisationToken).where(eq(organisationToken.organisationId, id)).orderBy(organisationToken.createdAt);
		expect(stored).toBeDefined();
		const edit: EditEntryInput = { ...entry, description: 'Neu beschrieben.', consentPublishContact: false, consentPublishAddress: true, version: row.version };
		const after = await updateOrganisationEntry(db(), token, edit);
		expect(after).toMatchObject({ status: 'published', publishContact: false, publishAddress: true, description: 'Neu beschrieben.' });
		const changes = (await consentsOf(id)).filter((c) => c.way === 'edit_link');
		expect(changes.map((c) => [c.purpose, c.granted]).sort()).toEqual([['publish_address', true], ['publish_contact', false]]);
		const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'organisation.edit')));
		expect(audit.details).toMatchObject({ fields: ['description', 'publishContact', 'publishAddress'], status: 'published' });
		// Used up by the save.
		await expect(updateOrganisationEntry(db(), token, { ...edit, version: after.version })).rejects.toBeInstanceOf(InvalidTokenError);
		await expect(openEditSession(db(), token)).rejects.toBeInstanceOf(InvalidTokenError);
	});

	it('limits an opened edit link to a two-hour session and refuses stale versions', async () => {
		const { id, entry } = await published();
		const issued = new Date();
		const token = await editToken(id, issued);
		const row = await openEditSession(db(), token, issued);
		await expect(openEditSession(db(), token, new Date(issued.getTime() + 2 * HOUR + 1000))).rejects.toBeInstanceOf(InvalidTokenError);
		const fresh = await editToken(id);
		await expect(updateOrganisationEntry(db(), fresh, { ...entry, version: row.version - 1 })).rejects.toBeInstanceOf(StaleVersionError);
		expect((await load(id)).version).toBe(row.version);
		await expect(openEditSession(db(), await editToken(id, issued), new Date(issued.getTime() + 24 * HOUR + 1000))).rejects.toBeInstanceOf(InvalidTokenError);
	});

	it('yearly confirmation through the link republishes an entry hidden for missing confirmation only', async () => {
		const { id } = await published();
		await db().update(organisation).set({ status: 'hidden', hiddenReason: 'not_confirmed', remindersSent: 2 }).where(eq(organisation.id, id));
		const token = await editToken(id);
		const row = await openEditSession(db(), token);
		const after = await confirmOrganisationEntry(db(), token, row.version);
		expect(after).toMatchObject({ status: 'published', hiddenReason: null, remindersSent: 0 });

		const other = await published();
		const o = await load(other.id);
		await reviewOrganisation(db(), { id: other.id, version: o.version, action: 'hide', actorId: coordinatorId }, { origin: ORIGIN });
		const t2 = await editToken(other.id);
		const r2 = await openEditSession(db(), t2);
		expect(await confirmOrganisationEntry(db(), t2, r2.version)).toMatchObject({ status: 'hidden', hiddenReason: 'coordinator' });
	});
});
