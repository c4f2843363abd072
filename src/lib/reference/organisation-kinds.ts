import { m } from '$lib/paraglide/messages.js';

import { ORGANISATION_KINDS, SIZE_CLASSES, type OrganisationKind, type SizeClass } from './organisation-kinds-values';

export { ORGANISATION_KINDS, SIZE_CLASSES, type OrganisationKind, type SizeClass };

const KIND_LABELS: Record<OrganisationKind, () => string> = {
	migrant_organisation: m.org_kind_migrant_organisation,
	association: m.org_kind_association,
	initiative: m.org_kind_initiative,
	one_world_group: m.org_kind_one_world_group,
	world_shop: m.org_kind_world_shop,
	religious_community: m.org_kind_religious_community,
	network: m.org_kind_network
};

const SIZE_LABELS: Record<SizeClass, () => string> = {
	under_10: m.org_size_under_10,
	'10_to_49': m.org_size_10_to_49,
	'50_to_249': m.org_size_50_to_249,
	'250_plus': m.org_size_250_plus
};

export const kindLabel = (k: OrganisationKind) => KIND_LABELS[k]();
export const sizeClassLabel = (s: SizeClass) => SIZE_LABELS[s]();
export const kindOptions = () => ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k) }));
export const sizeClassOptions = () => SIZE_CLASSES.map((s) => ({ value: s, label: sizeClassLabel(s) }));
