/** Size budgets, in gzip bytes; the size report prints against them and the tests enforce them. */
export const budgets = {
	/** JavaScript an exercise page loads beyond an article page. */
	exerciseScripts: 6 * 1024,
} as const;
