import { m } from '$lib/paraglide/messages.js';
import { languageName } from '$lib/reference/languages';
import type { LanguageLevel } from '../db/schema/advisor-profiles';
import { ADVISOR_FORMATS, type AdvisorFormat } from './profile-schema';

/*
 * Texts of the profile's codes in the reader's language, computed on the server and handed to the pages
 * (the pages may not import server modules, and these lists are small).
 */

const LEVELS: Record<LanguageLevel, () => string> = {
	native: m.adv_level_native,
	fluent: m.adv_level_fluent,
	good: m.adv_level_good,
	basic: m.adv_level_basic
};

const FORMATS: Record<AdvisorFormat, () => string> = {
	dialogforum: m.adv_format_dialogforum,
	workshop: m.adv_format_workshop,
	fachtag: m.adv_format_fachtag,
	networking: m.adv_format_networking,
	festival: m.adv_format_festival,
	online: m.adv_format_online
};

export const languageLevelLabel = (level: string) => (LEVELS[level as LanguageLevel] ?? (() => level))();
export const formatLabel = (format: string) => (FORMATS[format as AdvisorFormat] ?? (() => format))();

export function profileChoices() {
	return {
		languageLevels: (Object.keys(LEVELS) as LanguageLevel[]).map((value) => ({ value, label: LEVELS[value]() })),
		expertise: (['1', '2', '3'] as const).map((value) => ({ value, label: { '1': m.adv_expertise_1, '2': m.adv_expertise_2, '3': m.adv_expertise_3 }[value]() })),
		formats: ADVISOR_FORMATS.map((value) => ({ value, label: FORMATS[value]() }))
	};
}

/** "Tigrinya (Muttersprache), Deutsch (fließend)" */
export function languagesText(languages: readonly { code: string; level: string }[], locale: string): string {
	return languages.map((l) => `${languageName(l.code, locale)} (${languageLevelLabel(l.level)})`).join(', ');
}
