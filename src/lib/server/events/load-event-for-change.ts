import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { event } from '../db/schema';
import { isUuid } from '../ids';
import { EventNotFoundError } from './errors';
import { canEditEvent, type OrganiserScope } from './event-rules';

export type EventRow = typeof event.$inferSelect;

/** The event, locked for the rest of the transaction, if this organiser may change it; 404 otherwise. */
export async function loadEventForChange(db: Db, id: string, scope: OrganiserScope): Promise<EventRow> {
	if (!isUuid(id)) throw new EventNotFoundError();
	const [row] = await db.select().from(event).where(eq(event.id, id)).for('update');
	if (!row || !canEditEvent(scope, row)) throw new EventNotFoundError();
	return row;
}
