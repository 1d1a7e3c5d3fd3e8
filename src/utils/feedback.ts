/**
 * The address behind "Klopt er iets niet op deze pagina?": the brand's mailto: or https: address,
 * with the page's title and address filled in so the editor knows which page is meant.
 */
export function feedbackHref(feedback: string, pageTitle: string, pageUrl: string): string {
	if (feedback.startsWith('mailto:')) {
		const subject = encodeURIComponent(`Opmerking over de pagina "${pageTitle}"`);
		const body = encodeURIComponent(`Pagina: ${pageUrl}\n\nWat klopt er niet?\n`);
		return `${feedback}${feedback.includes('?') ? '&' : '?'}subject=${subject}&body=${body}`;
	}
	const url = new URL(feedback);
	url.searchParams.set('pagina', pageUrl);
	return url.href;
}
