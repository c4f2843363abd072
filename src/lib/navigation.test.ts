import { describe, expect, it } from 'vitest';
import { APP_NAV, navFor, roleLabel } from './navigation';
import { ROLES } from './roles';

const hrefs = (roles: Parameters<typeof navFor>[0]) => navFor(roles).map((item) => item.href);
const ADMIN_ITEMS = ['/app/admin/benutzer', '/app/admin/postausgang', '/app/admin/einstellungen', '/app/admin/protokoll', '/app/admin/gemeinden', '/app/admin/honorar', '/app/admin/gewichtung'];

describe('navFor', () => {
	it('shows an admin everything, including the admin pages', () => {
		expect(hrefs(['admin'])).toEqual(expect.arrayContaining([...ADMIN_ITEMS, '/app/barriere-meldungen', '/app/beratungen', '/app/beratende']));
		// An advisor's own pages and the coordinators' review queue are not administration.
		for (const own of ['/app/profil', '/app/zeiten', '/app/zeiten/pruefen', '/app/abrechnungen']) expect(hrefs(['admin'])).not.toContain(own);
	});

	it('shows a coordinator the feedback list but no admin page', () => {
		const items = hrefs(['coordinator']);
		expect(items).toContain('/app/barriere-meldungen');
		for (const admin of ADMIN_ITEMS) expect(items).not.toContain(admin);
		expect(items).toEqual(['/app', '/app/barriere-meldungen', '/app/beratungen', '/app/beratende', '/app/zeiten/pruefen', '/app/abrechnungen', '/app/vereine', '/app/beispiele', '/app/veranstaltungen', '/app/inhalte', '/app/wirkung', '/app/kommunen', '/app/partner-finden', '/app/einladungen', '/app/konto']);
	});

	it('shows an organisation only the dashboard and the account', () => {
		expect(hrefs(['organisation'])).toEqual(['/app', '/app/konto']);
	});

	it('shows an advisor their consultations, profile, time entries and statements besides the dashboard and the account', () => {
		expect(hrefs(['advisor'])).toEqual(['/app', '/app/beratungen', '/app/profil', '/app/zeiten', '/app/abrechnungen', '/app/konto']);
	});

	it('shows a municipality its consultations, its events, the partner search and its invitations besides the dashboard and the account', () => {
		expect(hrefs(['municipality'])).toEqual(['/app', '/app/beratungen', '/app/veranstaltungen', '/app/partner-finden', '/app/einladungen', '/app/konto']);
	});

	it('combines the items of several roles without duplicates, in menu order', () => {
		const items = hrefs(['municipality', 'coordinator']);
		expect(items).toEqual(['/app', '/app/barriere-meldungen', '/app/beratungen', '/app/beratende', '/app/zeiten/pruefen', '/app/abrechnungen', '/app/vereine', '/app/beispiele', '/app/veranstaltungen', '/app/inhalte', '/app/wirkung', '/app/kommunen', '/app/partner-finden', '/app/einladungen', '/app/konto']);
		expect(new Set(hrefs(['coordinator', 'admin', 'advisor'])).size).toBe(APP_NAV.length);
	});

	it('gives every item a German label', () => {
		for (const item of navFor(['admin'])) expect(item.label()).toMatch(/\S/);
		expect(navFor(['admin']).find((i) => i.href === '/app/admin/benutzer')!.label()).toBe('Benutzer');
	});
});

describe('roleLabel', () => {
	it('has a distinct label for every role', () => {
		const labels = ROLES.map((r) => roleLabel[r]());
		expect(labels.every((l) => l.length > 0)).toBe(true);
		expect(new Set(labels).size).toBe(ROLES.length);
	});
});
