import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentBrand } from '../brand/current.ts';

// The favicon is the brand's logo, served as /favicon.<its extension>.
export const getStaticPaths: GetStaticPaths = () => {
	const { logoPath } = currentBrand();
	return [{ params: { ext: logoPath.slice(logoPath.lastIndexOf('.') + 1).toLowerCase() } }];
};

export const GET: APIRoute = () => new Response(readFileSync(currentBrand().logoPath));
