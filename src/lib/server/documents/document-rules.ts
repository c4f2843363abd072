import type { ConsultationAccess } from '../consultations/access';
import { CLOSED_STATES } from '../consultations/lifecycle';
import type { DocumentRefusal } from './errors';

type Access = Pick<ConsultationAccess, 'actor' | 'seesInternal'> & { consultation: Pick<ConsultationAccess['consultation'], 'state'> };

/** Internal documents are for the coordination and the advisors; municipality users never see them. */
export function maySeeDocument(access: Pick<Access, 'seesInternal'>, doc: { visibility: 'all' | 'internal' }): boolean {
	return doc.visibility === 'all' || access.seesInternal;
}

const writes = ({ actor }: Access) => actor.roles.includes('coordinator') || actor.isAssignedAdvisor || actor.isClientUser;
const closed = ({ consultation }: Access) => CLOSED_STATES.includes(consultation.state);

/** Coordinators, accepted advisors and the municipality's users upload, while the consultation is open. */
export function uploadRefusal(access: Access, visibility: 'all' | 'internal' = 'all'): DocumentRefusal | null {
	if (!writes(access)) return 'role_not_allowed';
	if (visibility === 'internal' && !access.seesInternal) return 'role_not_allowed';
	if (closed(access)) return 'closed';
	return null;
}

/**
 * The uploader removes their own document while the consultation is open; a coordinator removes any, also after
 * it closed (e.g. a file with personal data shared by mistake).
 */
export function deleteRefusal(access: Access, doc: { uploadedBy: string | null }, userId: string): DocumentRefusal | null {
	if (access.actor.roles.includes('coordinator')) return null;
	if (!writes(access) || doc.uploadedBy !== userId) return 'role_not_allowed';
	if (closed(access)) return 'closed';
	return null;
}
