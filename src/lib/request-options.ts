import { m } from '$lib/paraglide/messages.js';

/**
 * Texts of the request form's choice lists. The codes must match DESIRED_FORMATS, TIMEFRAMES and HEARD_VIA in
 * server/consultations/requests/request-rules.ts (the schema refuses anything else).
 */
export function requestChoiceOptions() {
	return {
		formats: [
			{ value: 'dialogforum', label: m.req_format_dialogforum() },
			{ value: 'workshop', label: m.req_format_workshop() },
			{ value: 'fachtag', label: m.req_format_fachtag() },
			{ value: 'networking', label: m.req_format_networking() },
			{ value: 'festival', label: m.req_format_festival() },
			{ value: 'open', label: m.req_format_open() }
		],
		timeframes: [
			{ value: 'asap', label: m.req_timeframe_asap() },
			{ value: 'three_months', label: m.req_timeframe_three_months() },
			{ value: 'six_months', label: m.req_timeframe_six_months() },
			{ value: 'next_year', label: m.req_timeframe_next_year() },
			{ value: 'flexible', label: m.req_timeframe_flexible() }
		],
		heardVia: [
			{ value: 'website', label: m.req_heard_website() },
			{ value: 'kepol', label: m.req_heard_kepol() },
			{ value: 'municipal_network', label: m.req_heard_municipal_network() },
			{ value: 'event', label: m.req_heard_event() },
			{ value: 'colleagues', label: m.req_heard_colleagues() },
			{ value: 'press', label: m.req_heard_press() },
			{ value: 'other', label: m.req_heard_other() }
		]
	};
}
