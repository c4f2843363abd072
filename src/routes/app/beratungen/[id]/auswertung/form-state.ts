/** Reads what a failed action sent back for one form of this page, so each form keeps only its own input. */
export function formState(form: unknown, action: string) {
	const f = (form ?? {}) as { action?: string; errors?: Record<string, string>; values?: Record<string, string | string[]> };
	const mine = f.action === action;
	const errors = mine ? (f.errors ?? {}) : {};
	const values = mine ? (f.values ?? {}) : null;
	return {
		errors,
		/** The typed value after a failed save, otherwise the fallback (the saved answer or a suggestion). */
		val(key: string, fallback: string | number | null | undefined): string {
			if (values) return typeof values[key] === 'string' ? (values[key] as string) : '';
			return fallback === null || fallback === undefined ? '' : String(fallback);
		},
		checked(key: string, fallback: boolean): boolean {
			return values ? values[key] === 'yes' : fallback;
		}
	};
}
