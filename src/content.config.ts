// The curated reports as an Astro content collection: Astro validates every
// file's frontmatter with the pipeline's schema, so a malformed report stops
// the build with the file and the field named.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportMetaSchema } from './pipeline/schema.ts';

const reports = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.ATLAS_CONTENT_DIR ?? './content/reports' }),
  schema: reportMetaSchema,
});

export const collections = { reports };
