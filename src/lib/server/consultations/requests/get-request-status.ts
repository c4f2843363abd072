import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { consultation, district, municipality } from '../../db/schema';
import type { ConsultationState } from '../lifecycle';
import { hashStatusToken, isStatusTokenShape } from './status-token';

export interface RequestStatus {
	reference: string;
	clientName: string;
	receivedAt: Date;
	state: ConsultationState;
	pausedFrom: ConsultationState | null;
	declineReason: string | null;
}

/**
 * What the private status link shows: reference, client, date received, state and a decline reason. Nothing
 * about the contact person, so a forwarded link reveals no personal data. Null for an unknown token.
 */
export async function getRequestStatus(db: Db, rawToken: unknown): Promise<RequestStatus | null> {
	if (!isStatusTokenShape(rawToken)) return null;
	const [row] = await db
		.select({
			reference: consultation.reference,
			municipalityName: municipality.name,
			districtName: district.name,
			receivedAt: consultation.createdAt,
			state: consultation.state,
			pausedFrom: consultation.pausedFrom,
			declineReason: consultation.declineReason
		})
		.from(consultation)
		.leftJoin(municipality, eq(municipality.ags, consultation.municipalityAgs))
		.leftJoin(district, eq(district.code, consultation.districtCode))
		.where(eq(consultation.statusTokenHash, hashStatusToken(rawToken)));
	if (!row) return null;
	return {
		reference: row.reference,
		clientName: row.municipalityName ?? row.districtName ?? '',
		receivedAt: row.receivedAt,
		state: row.state,
		pausedFrom: row.pausedFrom,
		declineReason: row.state === 'declined' ? row.declineReason : null
	};
}
