import type { PublishBlocker } from './lifecycle';

/** Unknown story or image: answers 404. */
export class CaseStoryNotFoundError extends Error {
	constructor() {
		super('case story not found');
	}
}

/** Someone else saved the story since the form was shown; nothing was written. */
export class StaleCaseStoryError extends Error {
	constructor() {
		super('stale case story version');
	}
}

/** The slug is used by another story. */
export class SlugTakenError extends Error {
	constructor(readonly slug: string) {
		super(`slug taken: ${slug}`);
	}
}

/** The status change is not one of the lifecycle's transitions. */
export class TransitionNotAllowedError extends Error {
	constructor(
		readonly from: string,
		readonly to: string
	) {
		super(`case story transition not allowed: ${from} → ${to}`);
	}
}

/** Publishing was refused; every reason is named. */
export class PublishRefusedError extends Error {
	constructor(readonly blockers: PublishBlocker[]) {
		super(`publishing refused: ${blockers.join(', ')}`);
	}
}

export type ImageProblem = 'empty' | 'too_large' | 'type_not_allowed' | 'image_unreadable' | 'image_too_large';

/** The uploaded file is not an image we accept. */
export class CaseImageFileError extends Error {
	constructor(readonly problem: ImageProblem) {
		super(`case story image refused: ${problem}`);
	}
}
