import { intlTag } from './locales';
import { m } from '$lib/paraglide/messages.js';
import type { DistrictKind } from '$lib/server/db/schema/districts';
import type { MunicipalityKind } from '$lib/server/db/schema/municipalities';
import type { RejectReason } from '$lib/server/municipalities/gv-records';

/** Labels of the municipality kinds, record kinds and import reasons; shared by the back-office pages. */
export const municipalityKindLabel: Record<MunicipalityKind, () => string> = {
	markt: m.muni_kind_markt,
	kreisfreie_stadt: m.muni_kind_kreisfreie_stadt,
	stadtkreis: m.muni_kind_stadtkreis,
	stadt: m.muni_kind_stadt,
	gemeinde: m.muni_kind_gemeinde,
	gemeindefreies_gebiet_bewohnt: m.muni_kind_gemeindefreies_gebiet_bewohnt,
	gemeindefreies_gebiet_unbewohnt: m.muni_kind_gemeindefreies_gebiet_unbewohnt,
	grosse_kreisstadt: m.muni_kind_grosse_kreisstadt
};

export const districtKindLabel: Record<DistrictKind, () => string> = {
	kreisfreie_stadt: m.muni_district_kind_kreisfreie_stadt,
	stadtkreis: m.muni_district_kind_stadtkreis,
	kreis: m.muni_district_kind_kreis,
	landkreis: m.muni_district_kind_landkreis,
	regionalverband: m.muni_district_kind_regionalverband
};

export const rejectReasonLabel: Record<RejectReason, () => string> = {
	column_count: m.muni_reason_column_count,
	unknown_record_type: m.muni_reason_unknown_record_type,
	invalid_key: m.muni_reason_invalid_key,
	unknown_kind: m.muni_reason_unknown_kind,
	missing_name: m.muni_reason_missing_name,
	invalid_number: m.muni_reason_invalid_number,
	invalid_coordinates: m.muni_reason_invalid_coordinates,
	invalid_postal_code: m.muni_reason_invalid_postal_code,
	duplicate: m.muni_reason_duplicate,
	unknown_parent: m.muni_reason_unknown_parent
};

/** 1.087.353 in German, 1,087,353 in English. Pure. */
export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
	return new Intl.NumberFormat(intlTag(locale), {
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(value);
}
