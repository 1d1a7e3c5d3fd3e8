// Inline Markdown and MDX, replaced in order by what the reader sees.
const replacements: [RegExp, string][] = [
	[/!\[[^\]]*\]\([^)]*\)/g, ''], // images: their alt text is not read on the page
	[/\[\^[^\]]+\]/g, ''], // footnote references
	[/\[([^\]]*)\]\([^)]*\)/g, '$1'], // [link text](url)
	[/\[([^\]]*)\]\[[^\]]*\]/g, '$1'], // [link text][reference]
	[/<(?:https?:|mailto:)[^>]*>/g, ''], // autolinks
	[/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, ''], // comments
	[/<\/?[A-Za-z][^>]*>/g, ' '], // HTML and JSX tags; their inner text stays
	[/\{[^{}]*\}/g, ''], // JSX expressions
	[/`([^`]*)`/g, '$1'], // inline code: the code stays, the backticks go
	[/(\*\*|__)(.+?)\1/g, '$2'], // strong
	[/(^|[^\p{L}\p{N}*])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?![\p{L}\p{N}])/gu, '$1$2'], // emphasis
	[/~~(.+?)~~/g, '$1'], // strikethrough
	[/&nbsp;/g, ' '],
	[/&amp;/g, '&'],
	[/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1'], // escaped characters
];

/** The text of one line or block of Markdown as a reader sees it, without inline syntax. */
export function stripInline(markdown: string): string {
	return replacements
		.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), markdown)
		.replace(/\s+/g, ' ')
		.trim();
}
