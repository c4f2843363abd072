import type { CaseStoryStatus } from '../db/schema/case-stories';

/**
 * The rules of a case story's life (pure): draft → review → published → archived, with the way back for corrections
 * (review → draft) and for reuse of an archived story (archived → draft). Publishing has preconditions; a story that
 * does not meet them is refused with every reason at once, so the coordinator can fix them in one go.
 */
const NEXT: Record<CaseStoryStatus, readonly CaseStoryStatus[]> = {
	draft: ['review'],
	review: ['draft', 'published'],
	published: ['archived'],
	archived: ['draft']
};

export function nextStatuses(from: CaseStoryStatus): readonly CaseStoryStatus[] {
	return NEXT[from];
}

export function canTransition(from: CaseStoryStatus, to: CaseStoryStatus): boolean {
	return NEXT[from].includes(to);
}

export type PublishBlocker =
	| 'consent_missing'
	| 'consent_withdrawn'
	| 'image_alt_missing'
	| 'body_image_alt_missing'
	| 'title_missing'
	| 'teaser_missing'
	| 'body_missing'
	| 'municipality_missing';

export interface ConsentEntry {
	granted: boolean;
	at: Date;
}

export type ConsentState = 'granted' | 'withdrawn' | 'missing';

/** The latest record decides: a withdrawal after a grant wins, a new grant after a withdrawal wins again. */
export function consentState(records: readonly ConsentEntry[]): ConsentState {
	if (records.length === 0) return 'missing';
	const latest = records.reduce((a, b) => (b.at.getTime() >= a.at.getTime() ? b : a));
	return latest.granted ? 'granted' : 'withdrawn';
}

/** Images written in the Markdown body with an empty (or blank) alternative text, e.g. `![](photo.jpg)`. */
export function bodyHasImageWithoutAlt(renderedBody: string): boolean {
	return /<img\b[^>]*\balt="\s*"/i.test(renderedBody);
}

export interface PublishFacts {
	title: string;
	teaser: string;
	body: string;
	/** The body rendered by renderMarkdown, so that only images Markdown really shows are checked. */
	renderedBody: string;
	municipalityAgs: string | null;
	imageAlts: readonly string[];
	consent: ConsentState;
}

export function publishBlockers(f: PublishFacts): PublishBlocker[] {
	const blockers: PublishBlocker[] = [];
	if (f.consent === 'missing') blockers.push('consent_missing');
	if (f.consent === 'withdrawn') blockers.push('consent_withdrawn');
	if (f.imageAlts.some((alt) => alt.trim() === '')) blockers.push('image_alt_missing');
	if (bodyHasImageWithoutAlt(f.renderedBody)) blockers.push('body_image_alt_missing');
	if (f.title.trim() === '') blockers.push('title_missing');
	if (f.teaser.trim() === '') blockers.push('teaser_missing');
	if (f.body.trim() === '') blockers.push('body_missing');
	if (!f.municipalityAgs) blockers.push('municipality_missing');
	return blockers;
}
