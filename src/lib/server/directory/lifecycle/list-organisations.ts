import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipality, organisation, type OrganisationStatus } from '../../db/schema';

/** The coordinator's queue: entries of one status, newest first, with the municipality's name. */
export async function listOrganisations(db: Db, { status, page, pageSize }: { status: OrganisationStatus; page: number; pageSize: number }) {
	const where = and(eq(organisation.status, status));
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: organisation.id,
				name: organisation.name,
				status: organisation.status,
				createdAt: organisation.createdAt,
				possibleDuplicateOf: organisation.possibleDuplicateOf,
				municipalityName: municipality.name
			})
			.from(organisation)
			.leftJoin(municipality, eq(municipality.ags, organisation.municipalityAgs))
			.where(where)
			.orderBy(desc(organisation.createdAt), desc(organisation.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db.select({ total: count() }).from(organisation).where(where)
	]);
	return { rows, total };
}

/** How many entries each status holds, for the filter tabs. */
export async function countOrganisationsByStatus(db: Db): Promise<Record<string, number>> {
	const rows = await db.select({ status: organisation.status, n: count() }).from(organisation).groupBy(organisation.status);
	return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
