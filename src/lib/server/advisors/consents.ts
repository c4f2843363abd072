/**
 * The two consents an advisor gives on the profile form (DESIGN §8: stored with time, text version and way).
 * Bump a text version whenever the matching consent text (adv_consent_background_text / adv_consent_team_text)
 * changes in messages/advisors.*.json.
 */
export const BACKGROUND_CONSENT = { purpose: 'advisor_background', textVersion: 'advisor-background-2026-11' } as const;
export const TEAM_PAGE_CONSENT = { purpose: 'team_page', textVersion: 'team-page-2026-11' } as const;
export const CONSENT_WAY = 'profile_form';
export const CONSENT_SUBJECT = 'user';
