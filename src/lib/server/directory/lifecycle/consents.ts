/**
 * The consents of a directory entry (DESIGN §8). Each consent text lives in the message files; its version
 * constant here changes whenever that text changes, so that every consent_record says which text was agreed to.
 * Pure: no I/O.
 */
export const CONSENT_PURPOSES = ['processing', 'publish_contact', 'publish_address', 'contactable'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_TEXT_VERSIONS: Record<ConsentPurpose, string> = {
	processing: 'orgs-2026-11',
	publish_contact: 'orgs-publish-contact-2026-11',
	publish_address: 'orgs-publish-address-2026-11',
	contactable: 'orgs-contactable-2026-11'
};

export const CONSENT_WAYS = ['registration_form', 'edit_link', 'coordinator'] as const;
export type ConsentWay = (typeof CONSENT_WAYS)[number];

/** consent_record.subject_type of directory entries. */
export const ORGANISATION_SUBJECT = 'organisation';

export interface ConsentState {
	processing: boolean;
	publishContact: boolean;
	publishAddress: boolean;
	contactable: boolean;
}

const FIELD: Record<ConsentPurpose, keyof ConsentState> = {
	processing: 'processing',
	publish_contact: 'publishContact',
	publish_address: 'publishAddress',
	contactable: 'contactable'
};

/**
 * The consent records a change from `before` to `after` needs: every purpose at registration (before = null),
 * otherwise only the purposes whose decision changed, so that the history shows each withdrawal and renewal.
 */
export function consentChanges(before: ConsentState | null, after: ConsentState): { purpose: ConsentPurpose; granted: boolean }[] {
	return CONSENT_PURPOSES.filter((p) => before === null || before[FIELD[p]] !== after[FIELD[p]]).map((p) => ({
		purpose: p,
		granted: after[FIELD[p]]
	}));
}
