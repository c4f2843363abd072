import { and, count, desc, eq } from 'drizzle-orm';
import type { CaseStoryStatus } from '../db/schema/case-stories';
import type { Db } from '../db/client';
import { caseStory, municipality } from '../db/schema';

/** The editor's list, newest change first, optionally one status only. */
export async function listCaseStories(db: Db, { status, page, pageSize }: { status: CaseStoryStatus | null; page: number; pageSize: number }) {
	const where = status ? and(eq(caseStory.status, status)) : undefined;
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: caseStory.id,
				slug: caseStory.slug,
				title: caseStory.title,
				year: caseStory.year,
				status: caseStory.status,
				updatedAt: caseStory.updatedAt,
				municipalityName: municipality.name
			})
			.from(caseStory)
			.leftJoin(municipality, eq(municipality.ags, caseStory.municipalityAgs))
			.where(where)
			.orderBy(desc(caseStory.updatedAt), desc(caseStory.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db.select({ total: count() }).from(caseStory).where(where)
	]);
	return { rows, total };
}
