import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, parseSearchFilters, queryVariants, searchFiltersToParams } from './search-filters';

const parse = (query: string | URLSearchParams) => parseSearchFilters(typeof query === 'string' ? new URLSearchParams(query) : query);

describe('parseSearchFilters', () => {
	it('gives the defaults for an empty query string', () => {
		expect(parse('')).toEqual({
			q: '',
			municipalityAgs: undefined,
			districtCode: undefined,
			radiusKm: undefined,
			topics: [],
			sdgs: [],
			languages: [],
			kinds: [],
			sort: 'relevance',
			page: 1,
			pageSize: DEFAULT_PAGE_SIZE
		});
	});

	it('reads every filter', () => {
		const f = parse('q=Kultur&kommune=05315000&kreis=05315&umkreis=25&thema=agenda-2030&thema=festivals-events&sdg=4&sdg=17&sprache=tr&sprache=UK&art=world_shop&sortierung=distance&seite=3');
		expect(f).toMatchObject({
			q: 'Kultur',
			municipalityAgs: '05315000',
			districtCode: '05315',
			radiusKm: 25,
			topics: ['agenda-2030', 'festivals-events'],
			sdgs: [4, 17],
			languages: ['tr', 'uk'],
			kinds: ['world_shop'],
			sort: 'distance',
			page: 3
		});
	});

	it('drops bad values and clamps numbers instead of failing', () => {
		const f = parse('kommune=Köln&kreis=1&umkreis=9999&thema=DROP%20TABLE&thema=ok-topic&sdg=0&sdg=18&sdg=x&sdg=5&sprache=xx&sprache=de&art=club&sortierung=random&seite=-4');
		expect(f).toMatchObject({ municipalityAgs: undefined, districtCode: undefined, topics: ['ok-topic'], sdgs: [5], languages: ['de'], kinds: [], sort: 'relevance', page: 1 });
		// Without a centre a radius is meaningless and dropped.
		expect(f.radiusKm).toBeUndefined();
		expect(parse('kommune=05315000&umkreis=9999').radiusKm).toBe(300);
		expect(parse('kommune=05315000&umkreis=0').radiusKm).toBe(1);
		expect(parse('kommune=05315000&umkreis=abc').radiusKm).toBeUndefined();
		expect(parse('seite=1e9').page).toBe(100_000);
		expect(parse('seite=2.6').page).toBe(3);
	});

	it('removes duplicates and keeps at most 20 values per list', () => {
		const params = new URLSearchParams();
		for (let i = 0; i < 50; i++) params.append('thema', `t${i}`);
		params.append('sdg', '4');
		params.append('sdg', '4');
		expect(parse(params).topics).toHaveLength(20);
		expect(parse(params).sdgs).toEqual([4]);
	});

	it('cuts the text at 200 characters and removes control characters, whatever is typed', () => {
		expect(parse(new URLSearchParams({ q: 'ä'.repeat(300) })).q).toHaveLength(MAX_QUERY_LENGTH);
		expect(parse(new URLSearchParams({ q: 'a\u0000b\u0007c\n  d ' })).q).toBe('a b c d');
		expect(parse(new URLSearchParams({ q: "'; DROP TABLE x; --" })).q).toBe("'; DROP TABLE x; --");
		expect(parse(new URLSearchParams({ q: '%_\\' })).q).toBe('%_\\');
	});

	it('never throws, even on strange parameters', () => {
		for (const s of ['q', 'q=%E0%A4%A', '&&&=&', 'thema[]=a', 'sdg=%00', 'seite=NaN', 'umkreis=Infinity&kommune=05315000']) {
			expect(() => parse(s)).not.toThrow();
		}
	});

	it('turns filters back into the same query string', () => {
		const query = 'q=Kultur&kommune=05315000&umkreis=25&thema=agenda-2030&sdg=4&sprache=tr&art=world_shop&sortierung=name&seite=2';
		const params = searchFiltersToParams(parse(query));
		expect(parse(params)).toEqual(parse(query));
		expect(searchFiltersToParams(parse(query), 1).has('seite')).toBe(false);
		expect(searchFiltersToParams(parse('')).toString()).toBe('');
	});
});

describe('queryVariants', () => {
	it('adds a spelling without the typed-out umlauts', () => {
		expect(queryVariants('Koeln')).toEqual(['Koeln', 'Koln']);
		expect(queryVariants('Muenster Strasse')).toEqual(['Muenster Strasse', 'Munster Strasse']);
		expect(queryVariants('Straße')).toEqual(['Straße', 'Strasse']);
		expect(queryVariants('Köln')).toEqual(['Köln']);
	});
});
