import { m } from '$lib/paraglide/messages.js';

/** Labels and image addresses of the case library, shared by the editor and the public pages. Pure. */

export type CaseStatus = 'draft' | 'review' | 'published' | 'archived';
const STATUS: Record<CaseStatus, () => string> = {
	draft: m.case_status_draft,
	review: m.case_status_review,
	published: m.case_status_published,
	archived: m.case_status_archived
};
export const caseStatusLabel = (s: CaseStatus) => STATUS[s]();

export type CaseSizeClass = 'landgemeinde' | 'kleinstadt' | 'mittelstadt' | 'grossstadt';
const SIZES: Record<CaseSizeClass, () => string> = {
	landgemeinde: m.case_size_landgemeinde,
	kleinstadt: m.case_size_kleinstadt,
	mittelstadt: m.case_size_mittelstadt,
	grossstadt: m.case_size_grossstadt
};
export const sizeClassLabel = (s: CaseSizeClass) => SIZES[s]();

type MeasureStatus = 'idea' | 'planned' | 'in_progress' | 'done' | 'dropped';
const MEASURE: Record<MeasureStatus, () => string> = {
	idea: m.case_measure_idea,
	planned: m.case_measure_planned,
	in_progress: m.case_measure_in_progress,
	done: m.case_measure_done,
	dropped: m.case_measure_dropped
};
export const measureStatusText = (s: MeasureStatus) => MEASURE[s]();

/** The address of one stored width of an image (served by /beispiele/bild/[imageId]/[width]). */
export const caseImageSrc = (imageId: string, width: number) => `/beispiele/bild/${imageId}/${width}`;

export function caseImageSrcset(imageId: string, widths: readonly number[]): string {
	return [...widths]
		.sort((a, b) => a - b)
		.map((w) => `${caseImageSrc(imageId, w)} ${w}w`)
		.join(', ');
}

/** The middle size for a single src (the fallback for browsers without srcset). */
export function defaultWidth(widths: readonly number[]): number {
	const sorted = [...widths].sort((a, b) => a - b);
	return sorted.find((w) => w >= 960) ?? sorted[sorted.length - 1];
}
