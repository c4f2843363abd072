import type { Db } from '../db/client';
import { timelineEntry } from '../db/schema';

export interface NewTimelineEntry {
	consultationId: string;
	actorId: string | null;
	kind: 'created' | 'transition' | 'message' | 'assignment' | 'edit' | 'session' | 'measure' | 'document' | 'evaluation';
	visibility: 'all' | 'internal';
	body?: string;
	data?: Record<string, unknown>;
}

/** Appends to a consultation's timeline; pass the transaction that makes the change it records. */
export async function appendTimeline(db: Db, entry: NewTimelineEntry): Promise<void> {
	await db.insert(timelineEntry).values({ ...entry, body: entry.body ?? '', data: entry.data ?? {} });
}
