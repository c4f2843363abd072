/** The values only (no messages), so that the database schema can import them outside SvelteKit too. */
export const ORGANISATION_KINDS = [
	'migrant_organisation',
	'association',
	'initiative',
	'one_world_group',
	'world_shop',
	'religious_community',
	'network'
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SIZE_CLASSES = ['under_10', '10_to_49', '50_to_249', '250_plus'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
