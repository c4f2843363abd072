import { m } from '$lib/paraglide/messages.js';
import type { CaseStoryStatus } from '../db/schema/case-stories';
import type { PublishBlocker } from './lifecycle';

const BLOCKERS: Record<PublishBlocker, () => string> = {
	consent_missing: m.case_blocker_consent_missing,
	consent_withdrawn: m.case_blocker_consent_withdrawn,
	image_alt_missing: m.case_blocker_image_alt_missing,
	body_image_alt_missing: m.case_blocker_body_image_alt_missing,
	title_missing: m.case_blocker_title_missing,
	teaser_missing: m.case_blocker_teaser_missing,
	body_missing: m.case_blocker_body_missing,
	municipality_missing: m.case_blocker_municipality_missing
};

export const blockerMessage = (b: PublishBlocker) => BLOCKERS[b]();

const TRANSITIONS: Record<CaseStoryStatus, () => string> = {
	draft: m.case_to_draft,
	review: m.case_to_review,
	published: m.case_to_published,
	archived: m.case_to_archived
};

/** The button text of a move to `to`. */
export const transitionLabel = (to: CaseStoryStatus) => TRANSITIONS[to]();
