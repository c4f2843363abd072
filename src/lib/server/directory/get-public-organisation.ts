import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipality, organisation, type OrganisationKind, type SizeClass } from '../db/schema';
import { UUID_PATTERN as UUID } from '../ids';

/** A published entry as the public may see it: contact and address only where their publication was consented to. */
export interface PublicOrganisation {
	id: string;
	name: string;
	kind: OrganisationKind;
	description: string;
	languages: string[];
	communities: string[];
	topics: string[];
	sdgs: number[];
	municipalityAgs: string;
	municipalityName: string;
	website: string | null;
	foundedYear: number | null;
	sizeClass: SizeClass | null;
	verified: boolean;
	contact: { name: string; email: string } | null;
	address: string | null;
}

/** undefined for a malformed id, an unknown entry or one that is not published — the caller answers 404 alike. */
export async function getPublicOrganisation(db: Db, id: string): Promise<PublicOrganisation | undefined> {
	if (!UUID.test(id)) return undefined;
	const [row] = await db
		.select({ org: organisation, municipalityName: municipality.name })
		.from(organisation)
		.innerJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
		.where(and(eq(organisation.id, id), eq(organisation.status, 'published')));
	if (!row) return undefined;
	const o = row.org;
	// The consent check happens here, so no page can show what was not consented to (DESIGN §8).
	return {
		id: o.id,
		name: o.name,
		kind: o.kind,
		description: o.description,
		languages: o.languages,
		communities: o.communities,
		topics: o.topics,
		sdgs: o.sdgs.map(Number),
		municipalityAgs: o.municipalityAgs,
		municipalityName: row.municipalityName,
		website: o.website,
		foundedYear: o.foundedYear,
		sizeClass: o.sizeClass,
		verified: o.verified,
		contact: o.publishContact ? { name: o.contactName, email: o.contactEmail } : null,
		address: o.publishAddress ? o.address : null
	};
}
