import type { EventRegistrationStatus, EventStatus } from '../db/schema/events';

/**
 * Who may organise which events. Coordinators and admins see and change all; a municipality user acts for the
 * municipalities of the consultations they are bound to, and changes only the events they created.
 */
export type OrganiserScope = { all: true; userId: string } | { all: false; userId: string; municipalityAgs: readonly string[] };

export function canCreateFor(scope: OrganiserScope, municipalityAgs: string | null): boolean {
	if (scope.all) return true;
	return municipalityAgs !== null && scope.municipalityAgs.includes(municipalityAgs);
}

export function canEditEvent(scope: OrganiserScope, event: { createdBy: string | null }): boolean {
	return scope.all || (event.createdBy !== null && event.createdBy === scope.userId);
}

/** Forward only: a draft is published (or dropped as cancelled), a published event may be cancelled. */
const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
	draft: ['published', 'cancelled'],
	published: ['cancelled'],
	cancelled: []
};

export function canTransition(from: EventStatus, to: EventStatus): boolean {
	return TRANSITIONS[from].includes(to);
}

/** A new registration gets a seat while one is free; no capacity means no limit and no waiting list. */
export function registrationStatusFor(capacity: number | null, confirmed: number): Exclude<EventRegistrationStatus, 'cancelled'> {
	return capacity === null || confirmed < capacity ? 'confirmed' : 'waitlisted';
}

/** Free seats, never negative (a capacity lowered below the registrations leaves 0); null = unlimited. */
export function seatsLeft(capacity: number | null, confirmed: number): number | null {
	return capacity === null ? null : Math.max(0, capacity - confirmed);
}

/**
 * How many people of the waiting list move up when seats are free again: as many as there are free seats, in the
 * order they registered. Pure, so the promotion order is tested without a database.
 */
export function promotionsFor<T extends { createdAt: Date }>(capacity: number | null, confirmed: number, waitlist: readonly T[]): T[] {
	const free = capacity === null ? waitlist.length : Math.max(0, capacity - confirmed);
	return [...waitlist].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, free);
}

/** Registrations are taken for published events that have not started yet. */
export function isRegistrationOpen(event: { status: EventStatus; startsAt: Date }, now: Date): boolean {
	return event.status === 'published' && event.startsAt.getTime() > now.getTime();
}

/** Lower case and trimmed: the same address typed twice with other capitals is the same person. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}
