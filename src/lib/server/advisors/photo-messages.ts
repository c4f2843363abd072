import { m } from '$lib/paraglide/messages.js';
import type { PhotoProblem } from './errors';
import { MAX_PHOTO_MB } from './photo-rules';

/** The German (or English) sentence for a refused photo. */
export function photoErrorMessage(problem: PhotoProblem): string {
	switch (problem) {
		case 'missing':
			return m.adv_error_photo_missing();
		case 'empty':
			return m.adv_error_photo_empty();
		case 'too_large':
			return m.adv_error_photo_too_large({ max: MAX_PHOTO_MB });
		case 'type_not_allowed':
			return m.adv_error_photo_type();
		case 'image_too_large':
			return m.adv_error_photo_pixels();
		default:
			return m.adv_error_photo_unreadable();
	}
}
