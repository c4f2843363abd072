import { and, eq } from 'drizzle-orm';
import type { Role } from '$lib/roles';
import type { Db } from '../db/client';
import { measure } from '../db/schema';
import { isConsultationId, loadConsultationForUser, type ConsultationAccess } from '../consultations/access';
import { MeasureNotFoundError, MeasureRefusedError } from './errors';
import { measureLock } from './measure-rules';

/** Coordinators, advisors who accepted and the municipality's users write; admins and invited advisors read. */
export function mayWriteMeasures(access: ConsultationAccess): boolean {
	const { actor } = access;
	return actor.roles.includes('coordinator') || actor.isAssignedAdvisor || actor.isClientUser;
}

/**
 * The check every measure command makes inside its transaction: the consultation is theirs (else 404), they may
 * write (else 403) and its state lets measures change (else 409).
 */
export async function requireMeasureWrite(
	tx: Db,
	consultationId: string,
	user: { id: string },
	roles: readonly Role[]
): Promise<ConsultationAccess> {
	const access = await loadConsultationForUser(tx, consultationId, user, roles);
	if (!access) throw new MeasureNotFoundError();
	if (!mayWriteMeasures(access)) throw new MeasureRefusedError('role_not_allowed');
	const lock = measureLock(access.consultation.state);
	if (lock) throw new MeasureRefusedError(lock);
	return access;
}

/** The measure of this consultation (a malformed id is answered like an unknown one: 404, no database error). */
export async function loadMeasureOf(tx: Db, consultationId: string, measureId: string) {
	if (!isConsultationId(measureId)) throw new MeasureNotFoundError();
	const [row] = await tx
		.select()
		.from(measure)
		.where(and(eq(measure.id, measureId), eq(measure.consultationId, consultationId)));
	if (!row) throw new MeasureNotFoundError();
	return row;
}
