import { m } from '$lib/paraglide/messages.js';

/** The values of organisation.status (kept here too, because browser code must not import server modules). */
export type OrganisationStatus = 'unconfirmed' | 'pending' | 'published' | 'hidden' | 'rejected';

/** Status names of directory entries as people read them. */
const LABELS: Record<OrganisationStatus, () => string> = {
	unconfirmed: m.orgs_status_unconfirmed,
	pending: m.orgs_status_pending,
	published: m.orgs_status_published,
	hidden: m.orgs_status_hidden,
	rejected: m.orgs_status_rejected
};

export const ORGANISATION_STATUS_ORDER: OrganisationStatus[] = ['pending', 'unconfirmed', 'published', 'hidden', 'rejected'];

export function organisationStatusLabel(status: string): string {
	return (LABELS[status as OrganisationStatus] ?? (() => status))();
}
