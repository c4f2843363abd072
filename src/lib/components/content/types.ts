/** The public page as the server presents it (see server/content/present-page.ts). */
export interface PublicPage {
	key: string;
	title: string;
	description: string;
	/** Output of renderMarkdown only. */
	html: string;
	fallback: boolean;
	titleLang: string;
	bodyLang: string;
	germanOnly: boolean;
}

export interface PublicContactSettings {
	coordinationName: string;
	coordinationAddress: string;
	coordinationEmail: string;
	coordinationPhone?: string | null;
	coordinationHours?: string | null;
}
