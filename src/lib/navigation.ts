import { m } from '$lib/paraglide/messages.js';
import { hasAnyRole, type Role } from './roles';

export interface NavItem {
	href: string;
	label: () => string;
	/** undefined: every signed-in person */
	roles?: Role[];
}

/** The back-office navigation. Showing an item is convenience; every route checks its role itself. */
export const APP_NAV: NavItem[] = [
	{ href: '/app', label: m.app_nav_dashboard },
	{ href: '/app/barriere-meldungen', label: m.app_nav_feedback, roles: ['coordinator', 'admin'] },
	{ href: '/app/beratungen', label: m.cons_nav, roles: ['coordinator', 'admin', 'advisor', 'municipality'] },
	{ href: '/app/beratende', label: m.app_nav_advisors, roles: ['coordinator', 'admin'] },
	{ href: '/app/profil', label: m.app_nav_profile, roles: ['advisor'] },
	{ href: '/app/zeiten', label: m.app_nav_time, roles: ['advisor'] },
	{ href: '/app/zeiten/pruefen', label: m.app_nav_time_review, roles: ['coordinator'] },
	{ href: '/app/abrechnungen', label: m.app_nav_statements, roles: ['advisor', 'coordinator'] },
	{ href: '/app/vereine', label: m.orgs_nav, roles: ['coordinator', 'admin'] },
	{ href: '/app/beispiele', label: m.app_nav_cases, roles: ['coordinator', 'admin'] },
	{ href: '/app/veranstaltungen', label: m.app_nav_events, roles: ['coordinator', 'admin', 'municipality'] },
	{ href: '/app/inhalte', label: m.app_nav_pages, roles: ['coordinator', 'admin'] },
	{ href: '/app/wirkung', label: m.app_nav_impact, roles: ['coordinator', 'admin'] },
	{ href: '/app/kommunen', label: m.muni_nav_list, roles: ['coordinator', 'admin'] },
	{ href: '/app/partner-finden', label: m.dir_partner_nav, roles: ['coordinator', 'admin', 'municipality'] },
	{ href: '/app/einladungen', label: m.inv_nav, roles: ['coordinator', 'admin', 'municipality'] },
	{ href: '/app/admin/benutzer', label: m.app_nav_users, roles: ['admin'] },
	{ href: '/app/admin/postausgang', label: m.app_nav_outbox, roles: ['admin'] },
	{ href: '/app/admin/einstellungen', label: m.app_nav_settings, roles: ['admin'] },
	{ href: '/app/admin/protokoll', label: m.app_nav_audit, roles: ['admin'] },
	{ href: '/app/admin/gemeinden', label: m.muni_nav_import, roles: ['admin'] },
	{ href: '/app/admin/honorar', label: m.app_nav_rates, roles: ['admin'] },
	{ href: '/app/admin/gewichtung', label: m.app_nav_weights, roles: ['admin'] },
	{ href: '/app/konto', label: m.app_nav_account }
];

export function navFor(roles: readonly Role[]): NavItem[] {
	return APP_NAV.filter((item) => !item.roles || hasAnyRole(roles, item.roles));
}

export const PUBLIC_NAV: NavItem[] = [
	{ href: '/', label: m.nav_home },
	{ href: '/angebot', label: m.nav_offer },
	{ href: '/beispiele', label: m.nav_cases },
	{ href: '/veranstaltungen', label: m.nav_events },
	{ href: '/wirkung', label: m.nav_impact },
	{ href: '/vereine', label: m.dir_nav },
	{ href: '/ueber-miglobe', label: m.nav_about },
	{ href: '/team', label: m.nav_team },
	{ href: '/kontakt', label: m.nav_contact }
];

/** Linked from the header's tools, as public bodies' sites do. */
export const ACCESS_NAV: NavItem[] = [
	{ href: '/leichte-sprache', label: m.nav_easy_language },
	{ href: '/gebaerdensprache', label: m.nav_sign_language }
];

export const roleLabel: Record<Role, () => string> = {
	municipality: m.role_municipality,
	advisor: m.role_advisor,
	organisation: m.role_organisation,
	coordinator: m.role_coordinator,
	admin: m.role_admin
};
