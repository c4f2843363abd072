/**
 * The case-story consent asked in the municipality's questionnaire (DESIGN §8: stored with time, text version and
 * way). Bump the text version whenever eval_consent_text / eval_consent_label change in messages/evaluations.*.json.
 */
export const CASE_STORY_PURPOSE = 'case_story';
export const CASE_STORY_TEXT_VERSION = 'case-story-2026-11';
/** The municipality ticked it itself; a coordinator entering a paper form on its behalf is recorded as 'coordinator'. */
export type CaseStoryConsentWay = 'evaluation_form' | 'coordinator';
