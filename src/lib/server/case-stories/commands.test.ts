import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog, caseStory, caseStoryRevision } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { createTestUser } from '../testing/factories';
import { createTestMunicipality } from '../testing/geo-factories';
import { createTestConsultation } from '../testing/consultation-factories';
import { createTestMeasure } from '../testing/measure-factories';
import { createTestCaseImage, createTestCaseStory, recordTestConsent } from '../testing/case-story-factories';
import type { StoryFields } from './case-story-forms';
import { createCaseStory } from './create-case-story';
import { updateCaseStory } from './update-case-story';
import { changeCaseStoryStatus } from './change-case-story-status';
import { recordCaseStoryConsent } from './record-case-story-consent';
import { saveCaseStoryTranslation } from './save-case-story-translation';
import { listCaseStoryRevisions } from './list-case-story-revisions';
import { archiveWithdrawnStories } from './archive-withdrawn-stories';
import { PublishRefusedError, SlugTakenError, StaleCaseStoryError, TransitionNotAllowedError } from './errors';

function fields(overrides: Partial<StoryFields> = {}): StoryFields {
	return {
		title: 'Dortmund: SDG-Workshop mit Diaspora-Organisationen',
		slug: '',
		municipalityAgs: null,
		year: 2024,
		topics: [],
		sdgs: [4, 17],
		teaser: 'Zwölf Diaspora-Organisationen haben Ziele für die Nachhaltigkeitsstrategie formuliert.',
		body: '## Ausgangslage\n\nDie Stadt wollte die Diaspora beteiligen.',
		quotes: [{ text: 'Wir wurden endlich gefragt.', attribution: 'Vorsitzende eines Vereins' }],
		consultationId: null,
		resultMeasureIds: [],
		...overrides
	};
}

describeDb('case story commands', ({ db }) => {
	async function setup() {
		const coordinator = await createTestUser(db(), { roles: ['coordinator'] });
		const place = await createTestMunicipality(db());
		return { coordinator, place };
	}

	it('creates a draft with a derived slug, numbers a taken one and refuses a typed slug that is taken', async () => {
		const { coordinator, place } = await setup();
		const first = await createCaseStory(db(), { input: fields({ municipalityAgs: place.ags, title: 'Bielefeld: Stadtfest' }), actorId: coordinator.id });
		const second = await createCaseStory(db(), { input: fields({ municipalityAgs: place.ags, title: 'Bielefeld: Stadtfest' }), actorId: coordinator.id });
		expect(first.slug).toBe('bielefeld-stadtfest');
		expect(second.slug).toBe('bielefeld-stadtfest-2');
		expect(first.status).toBe('draft');
		await expect(createCaseStory(db(), { input: fields({ slug: 'bielefeld-stadtfest' }), actorId: coordinator.id })).rejects.toBeInstanceOf(SlugTakenError);
		const revisions = await db().select().from(caseStoryRevision).where(eq(caseStoryRevision.caseStoryId, first.id));
		expect(revisions.map((r) => r.version)).toEqual([1]);
	});

	it('writes a revision per save and refuses a stale save without writing', async () => {
		const { coordinator, place } = await setup();
		const story = await createCaseStory(db(), { input: fields({ municipalityAgs: place.ags, title: 'Revisionen' }), actorId: coordinator.id });
		const after = await updateCaseStory(db(), { id: story.id, version: story.version, input: fields({ municipalityAgs: place.ags, title: 'Revisionen, zweite Fassung' }), actorId: coordinator.id });
		expect(after.version).toBe(story.version + 1);
		await expect(
			updateCaseStory(db(), { id: story.id, version: story.version, input: fields({ title: 'Veraltet' }), actorId: coordinator.id })
		).rejects.toBeInstanceOf(StaleCaseStoryError);
		const revisions = await listCaseStoryRevisions(db(), story.id);
		expect(revisions.map((r) => r.version)).toEqual([2, 1]);
		expect(revisions[0].actorName).toBe('Test Person');
		const [latest] = await db().select().from(caseStoryRevision).where(and(eq(caseStoryRevision.caseStoryId, story.id), eq(caseStoryRevision.version, 2)));
		expect(latest.snapshot.title).toBe('Revisionen, zweite Fassung');
	});

	it('keeps only measures of the linked consultation as results', async () => {
		const { coordinator, place } = await setup();
		const c = await createTestConsultation(db(), { municipalityAgs: place.ags, state: 'completed' });
		const other = await createTestConsultation(db(), { municipalityAgs: place.ags, state: 'completed' });
		const own = await createTestMeasure(db(), { consultationId: c.id });
		const foreign = await createTestMeasure(db(), { consultationId: other.id });
		const story = await createCaseStory(db(), { input: fields({ consultationId: c.id, resultMeasureIds: [own.id, foreign.id] }), actorId: coordinator.id });
		expect(story.resultMeasureIds).toEqual([own.id]);
	});

	it('refuses publishing without consent and names the reason; the evaluation consent allows it; a later withdrawal wins', async () => {
		const { coordinator, place } = await setup();
		const c = await createTestConsultation(db(), { municipalityAgs: place.ags, state: 'completed' });
		const story = await createTestCaseStory(db(), { municipalityAgs: place.ags, consultationId: c.id, status: 'review' });
		const refused = await changeCaseStoryStatus(db(), { id: story.id, version: story.version, to: 'published', actorId: coordinator.id }).catch((e) => e);
		expect(refused).toBeInstanceOf(PublishRefusedError);
		expect((refused as PublishRefusedError).blockers).toEqual(['consent_missing']);

		await recordTestConsent(db(), { type: 'consultation', id: c.id }, true, new Date(Date.now() - 60_000));
		await recordTestConsent(db(), { type: 'consultation', id: c.id }, false, new Date(Date.now() - 30_000));
		const withdrawn = await changeCaseStoryStatus(db(), { id: story.id, version: story.version, to: 'published', actorId: coordinator.id }).catch((e) => e);
		expect((withdrawn as PublishRefusedError).blockers).toEqual(['consent_withdrawn']);

		await recordTestConsent(db(), { type: 'consultation', id: c.id }, true);
		const published = await changeCaseStoryStatus(db(), { id: story.id, version: story.version, to: 'published', actorId: coordinator.id });
		expect(published.status).toBe('published');
		expect(published.publishedAt).toBeInstanceOf(Date);
		const audit = await db().select().from(auditLog).where(and(eq(auditLog.targetId, story.id), eq(auditLog.action, 'case_story.status')));
		expect(audit.map((a) => a.details)).toEqual([{ from: 'review', to: 'published' }]);
		await expect(changeCaseStoryStatus(db(), { id: story.id, version: published.version, to: 'review', actorId: coordinator.id })).rejects.toBeInstanceOf(TransitionNotAllowedError);
	});

	it('accepts the written consent recorded on a story without consultation, and its withdrawal blocks again', async () => {
		const { coordinator, place } = await setup();
		const story = await createTestCaseStory(db(), { municipalityAgs: place.ags, status: 'review' });
		await recordCaseStoryConsent(db(), { storyId: story.id, granted: true, textVersion: 'Schreiben vom 12.03.2024', actorId: coordinator.id }, { now: new Date(Date.now() - 1000) });
		await changeCaseStoryStatus(db(), { id: story.id, version: story.version, to: 'published', actorId: coordinator.id });
		// Withdrawing takes the published story off the public pages at once.
		await recordCaseStoryConsent(db(), { storyId: story.id, granted: false, textVersion: 'Widerruf vom 20.03.2024', actorId: coordinator.id }, { now: new Date(Date.now() - 500) });
		const [archived] = await db().select().from(caseStory).where(eq(caseStory.id, story.id));
		expect(archived.status).toBe('archived');
		await recordCaseStoryConsent(db(), { storyId: story.id, granted: true, textVersion: 'Neue Einwilligung vom 25.03.2024', actorId: coordinator.id }, { now: new Date(Date.now() - 200) });
		const draft = await changeCaseStoryStatus(db(), { id: story.id, version: archived.version, to: 'draft', actorId: coordinator.id });
		const review = await changeCaseStoryStatus(db(), { id: story.id, version: draft.version, to: 'review', actorId: coordinator.id });
		await recordCaseStoryConsent(db(), { storyId: story.id, granted: false, textVersion: 'Widerruf vom 01.04.2024', actorId: coordinator.id });
		const refused = await changeCaseStoryStatus(db(), { id: story.id, version: review.version, to: 'published', actorId: coordinator.id }).catch((e) => e);
		expect((refused as PublishRefusedError).blockers).toEqual(['consent_withdrawn']);
	});

	it('refuses publishing with an image without alt text or an empty-alt image in the body', async () => {
		const { coordinator, place } = await setup();
		const story = await createTestCaseStory(db(), { municipalityAgs: place.ags, status: 'review', body: 'Fest im Park: ![](fest.jpg)' });
		await recordTestConsent(db(), { type: 'case_story', id: story.id }, true);
		await createTestCaseImage(db(), story.id, { alt: '' });
		const refused = await changeCaseStoryStatus(db(), { id: story.id, version: story.version, to: 'published', actorId: coordinator.id }).catch((e) => e);
		expect((refused as PublishRefusedError).blockers).toEqual(['image_alt_missing', 'body_image_alt_missing']);
	});

	it('saves a translation with alt texts, removes blank ones and writes a revision', async () => {
		const { coordinator, place } = await setup();
		const story = await createTestCaseStory(db(), { municipalityAgs: place.ags });
		const image = await createTestCaseImage(db(), story.id);
		const after = await saveCaseStoryTranslation(db(), {
			id: story.id,
			version: story.version,
			locale: 'en',
			fields: { title: 'Round table with migrant associations', teaser: '', body: '' },
			alts: { [image.id]: 'People at a market stall' },
			actorId: coordinator.id
		});
		expect(after.translations).toEqual({ en: { title: 'Round table with migrant associations' } });
		const cleared = await saveCaseStoryTranslation(db(), { id: story.id, version: after.version, locale: 'en', fields: { title: '', teaser: '', body: '' }, alts: {}, actorId: coordinator.id });
		expect(cleared.translations).toEqual({});
		expect((await listCaseStoryRevisions(db(), story.id)).map((r) => r.note)).toEqual(['translation:en', 'translation:en']);
	});

	it('answers an unknown story with not found', async () => {
		await expect(changeCaseStoryStatus(db(), { id: '00000000-0000-4000-8000-000000000000', version: 1, to: 'review', actorId: 'x' })).rejects.toThrow('case story not found');
	});

	it('archives the published stories of a consultation whose consent is withdrawn, and only those', async () => {
		const { coordinator, place } = await setup();
		const c = await createTestConsultation(db(), { municipalityAgs: place.ags, state: 'completed' });
		const published = await createTestCaseStory(db(), { municipalityAgs: place.ags, consultationId: c.id, status: 'published', publishedAt: new Date() });
		const draft = await createTestCaseStory(db(), { municipalityAgs: place.ags, consultationId: c.id });
		const other = await createTestCaseStory(db(), { municipalityAgs: place.ags, status: 'published', publishedAt: new Date() });
		expect(await archiveWithdrawnStories(db(), { consultationId: c.id, actorId: coordinator.id })).toEqual([published.id]);
		const rows = await db().select({ id: caseStory.id, status: caseStory.status }).from(caseStory);
		expect(rows.find((r) => r.id === draft.id)?.status).toBe('draft');
		expect(rows.find((r) => r.id === other.id)?.status).toBe('published');
		expect((await listCaseStoryRevisions(db(), published.id)).map((r) => r.note)).toEqual(['status:published→archived (consent withdrawn)']);
	});
});
