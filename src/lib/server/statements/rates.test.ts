import { describe, expect, it } from 'vitest';
import { earliestValidFrom, parseEuroCents, rateFormSchema, rateValidOn, toRateInput } from './rates';

describe('rateValidOn', () => {
	const rates = [
		{ validFrom: '2026-07-01', hourlyCents: 5500, kilometreCents: 30 },
		{ validFrom: '2026-01-01', hourlyCents: 5000, kilometreCents: 30 }
	];
	it('takes the latest rate starting on or before the date', () => {
		expect(rateValidOn(rates, '2026-06-30')?.hourlyCents).toBe(5000);
		expect(rateValidOn(rates, '2026-07-01')?.hourlyCents).toBe(5500);
		expect(rateValidOn(rates, '2027-03-01')?.hourlyCents).toBe(5500);
	});
	it('is null before the first rate and without rates', () => {
		expect(rateValidOn(rates, '2025-12-31')).toBeNull();
		expect(rateValidOn([], '2026-01-01')).toBeNull();
	});
});

describe('parseEuroCents', () => {
	it('reads German and English decimals', () => {
		expect(parseEuroCents('50')).toBe(5000);
		expect(parseEuroCents('50,00')).toBe(5000);
		expect(parseEuroCents('0,3')).toBe(30);
		expect(parseEuroCents(' 12.5 € ')).toBe(1250);
		expect(parseEuroCents('0')).toBe(0);
	});
	it('names the problem of anything else', () => {
		expect(parseEuroCents('')).toBe('stm_error_amount_required');
		expect(parseEuroCents('-5')).toBe('stm_error_amount_negative');
		expect(parseEuroCents('1.000,00')).toBe('stm_error_amount_invalid');
		expect(parseEuroCents('12,345')).toBe('stm_error_amount_invalid');
		expect(parseEuroCents('zehn')).toBe('stm_error_amount_invalid');
	});
});

describe('rateFormSchema', () => {
	const parse = (v: Record<string, string>) => rateFormSchema.safeParse({ validFrom: '2026-12-01', hourly: '50,00', kilometre: '0,30', ...v });
	const issue = (v: Record<string, string>) => {
		const r = parse(v);
		return r.success ? null : { field: r.error.issues[0].path[0], message: r.error.issues[0].message };
	};
	it('turns euros into cents', () => {
		const r = parse({});
		expect(r.success && toRateInput(r.data)).toEqual({ validFrom: '2026-12-01', hourlyCents: 5000, kilometreCents: 30 });
	});
	it('refuses negative, too high and malformed input at the right field', () => {
		expect(issue({ hourly: '-1' })).toEqual({ field: 'hourly', message: 'stm_error_amount_negative' });
		expect(issue({ kilometre: '-0,30' })).toEqual({ field: 'kilometre', message: 'stm_error_amount_negative' });
		expect(issue({ hourly: '1000,01' })).toEqual({ field: 'hourly', message: 'stm_error_hourly_too_high' });
		expect(issue({ kilometre: '5,01' })).toEqual({ field: 'kilometre', message: 'stm_error_kilometre_too_high' });
		expect(issue({ validFrom: '2026-02-30' })).toEqual({ field: 'validFrom', message: 'stm_error_date_invalid' });
		expect(issue({ validFrom: 'morgen' })).toEqual({ field: 'validFrom', message: 'stm_error_date_invalid' });
		expect(parse({ hourly: '1000', kilometre: '5' }).success).toBe(true);
	});
});

describe('earliestValidFrom', () => {
	it('is the first of the current month once a rate exists, and open before', () => {
		expect(earliestValidFrom('2026-11-25', true)).toBe('2026-11-01');
		expect(earliestValidFrom('2026-11-25', false)).toBeNull();
	});
});
