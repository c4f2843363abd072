import { m } from '$lib/paraglide/messages.js';

/** The 17 Sustainable Development Goals: number, official colour, and title from the message files. */
export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgNumber = (typeof SDG_NUMBERS)[number];

export const SDG_COLOURS: Record<SdgNumber, string> = {
	1: '#E5243B', 2: '#DDA63A', 3: '#4C9F38', 4: '#C5192D', 5: '#FF3A21', 6: '#26BDE2', 7: '#FCC30B', 8: '#A21942',
	9: '#FD6925', 10: '#DD1367', 11: '#FD9D24', 12: '#BF8B2E', 13: '#3F7E44', 14: '#0A97D9', 15: '#56C02B',
	16: '#00689D', 17: '#19486A'
};

const TITLES: Record<SdgNumber, () => string> = {
	1: m.sdg_1, 2: m.sdg_2, 3: m.sdg_3, 4: m.sdg_4, 5: m.sdg_5, 6: m.sdg_6, 7: m.sdg_7, 8: m.sdg_8, 9: m.sdg_9,
	10: m.sdg_10, 11: m.sdg_11, 12: m.sdg_12, 13: m.sdg_13, 14: m.sdg_14, 15: m.sdg_15, 16: m.sdg_16, 17: m.sdg_17
};

export function isSdg(n: unknown): n is SdgNumber {
	return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 17;
}

/** "SDG 4: Hochwertige Bildung" in the current language. */
export function sdgLabel(n: SdgNumber): string {
	return m.sdg_label({ number: n, title: TITLES[n]() });
}
