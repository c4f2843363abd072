import { error } from '@sveltejs/kit';
import { getConfig } from '$lib/server/config';
import { mediaPath, serveMediaFile, SIGN_LANGUAGE_VIDEO } from '$lib/server/content/sign-language-media';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request }) => {
	const response = await serveMediaFile(mediaPath(getConfig().dataDir, SIGN_LANGUAGE_VIDEO), 'video/mp4', request.headers.get('range'));
	if (!response) error(404, 'Not found');
	return response;
};
