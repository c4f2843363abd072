import { m } from '$lib/paraglide/messages.js';
import type { MeasureStatus } from '$lib/server/db/schema/measures';

/** Status texts and badge variants of the measure pages; the text carries the meaning, the colour only helps. */
export const STATUS_LABELS: Record<MeasureStatus, () => string> = {
	idea: m.mea_status_idea,
	planned: m.mea_status_planned,
	in_progress: m.mea_status_in_progress,
	done: m.mea_status_done,
	dropped: m.mea_status_dropped
};

export const STATUS_VARIANTS: Record<MeasureStatus, 'info' | 'success' | 'warning' | 'neutral'> = {
	idea: 'neutral',
	planned: 'info',
	in_progress: 'info',
	done: 'success',
	dropped: 'neutral'
};

/** The lifecycle order (the pages may not import the schema's list: it lives on the server side). */
export const STATUS_ORDER: readonly MeasureStatus[] = ['idea', 'planned', 'in_progress', 'done', 'dropped'];

export const statusLabel = (s: MeasureStatus) => STATUS_LABELS[s]();
