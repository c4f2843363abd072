import { describe, expect, it } from 'vitest';
import { canCreateFor, canEditEvent, canTransition, isRegistrationOpen, normaliseEmail, promotionsFor, registrationStatusFor, seatsLeft } from './event-rules';
import { eventSlug, uniqueSlug } from './slug';
import { createCancelToken, hashCancelToken, isCancelTokenShape } from './registration-token';

describe('capacity and waiting list', () => {
	it('confirms while seats are free and waitlists when full; no capacity means no limit', () => {
		expect(registrationStatusFor(20, 19)).toBe('confirmed');
		expect(registrationStatusFor(20, 20)).toBe('waitlisted');
		expect(registrationStatusFor(20, 25)).toBe('waitlisted');
		expect(registrationStatusFor(null, 10_000)).toBe('confirmed');
		expect(seatsLeft(20, 8)).toBe(12);
		expect(seatsLeft(5, 7)).toBe(0);
		expect(seatsLeft(null, 3)).toBeNull();
	});

	it('promotes as many waiting people as seats are free, in registration order', () => {
		const w = (id: string, iso: string) => ({ id, createdAt: new Date(iso) });
		const list = [w('c', '2027-01-03'), w('a', '2027-01-01'), w('b', '2027-01-02')];
		expect(promotionsFor(10, 9, list).map((x) => x.id)).toEqual(['a']);
		expect(promotionsFor(10, 8, list).map((x) => x.id)).toEqual(['a', 'b']);
		expect(promotionsFor(10, 10, list)).toEqual([]);
		expect(promotionsFor(null, 99, list).map((x) => x.id)).toEqual(['a', 'b', 'c']);
	});

	it('takes registrations only for published events that have not started', () => {
		const now = new Date('2027-05-01T10:00:00Z');
		expect(isRegistrationOpen({ status: 'published', startsAt: new Date('2027-05-02T10:00:00Z') }, now)).toBe(true);
		expect(isRegistrationOpen({ status: 'published', startsAt: new Date('2027-05-01T09:00:00Z') }, now)).toBe(false);
		expect(isRegistrationOpen({ status: 'cancelled', startsAt: new Date('2027-05-02T10:00:00Z') }, now)).toBe(false);
		expect(isRegistrationOpen({ status: 'draft', startsAt: new Date('2027-05-02T10:00:00Z') }, now)).toBe(false);
	});

	it('treats e-mail addresses case-insensitively', () => {
		expect(normaliseEmail('  Ayse.Yilmaz@Example.ORG ')).toBe('ayse.yilmaz@example.org');
	});
});

describe('organiser rules', () => {
	const coordinator = { all: true as const, userId: 'c1' };
	const municipalityUser = { all: false as const, userId: 'm1', municipalityAgs: ['05711000'] };
	const unbound = { all: false as const, userId: 'm2', municipalityAgs: [] };

	it('lets municipality users create only for the municipality of their consultations', () => {
		expect(canCreateFor(municipalityUser, '05711000')).toBe(true);
		expect(canCreateFor(municipalityUser, '05315000')).toBe(false);
		expect(canCreateFor(municipalityUser, null)).toBe(false);
		expect(canCreateFor(unbound, '05711000')).toBe(false);
		expect(canCreateFor(coordinator, null)).toBe(true);
	});

	it('lets municipality users edit only their own events; coordinators all', () => {
		expect(canEditEvent(municipalityUser, { createdBy: 'm1' })).toBe(true);
		expect(canEditEvent(municipalityUser, { createdBy: 'c1' })).toBe(false);
		expect(canEditEvent(municipalityUser, { createdBy: null })).toBe(false);
		expect(canEditEvent(coordinator, { createdBy: 'm1' })).toBe(true);
	});

	it('moves forward only: draft → published → cancelled', () => {
		expect(canTransition('draft', 'published')).toBe(true);
		expect(canTransition('published', 'cancelled')).toBe(true);
		expect(canTransition('cancelled', 'published')).toBe(false);
		expect(canTransition('published', 'published')).toBe(false);
	});
});

describe('slugs and tokens', () => {
	it('builds readable slugs with the year and numbers duplicates', () => {
		expect(eventSlug('Interkulturelles Stadtfest Bielefeld', 2027)).toBe('interkulturelles-stadtfest-bielefeld-2027');
		expect(eventSlug('SDG-Werkstatt: Köln & Diaspora', 2027)).toBe('sdg-werkstatt-koeln-diaspora-2027');
		expect(eventSlug('!!!', 2027)).toBe('veranstaltung-2027');
		expect(uniqueSlug('fest-2027', new Set(['fest-2027', 'fest-2027-2']))).toBe('fest-2027-3');
	});

	it('stores only the SHA-256 of the cancellation token', () => {
		const t = createCancelToken();
		expect(isCancelTokenShape(t.raw)).toBe(true);
		expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(t.hash).not.toContain(t.raw);
		expect(hashCancelToken(t.raw)).toBe(t.hash);
		expect(isCancelTokenShape('../etc/passwd')).toBe(false);
	});
});
