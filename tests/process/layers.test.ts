// The layer rule (eslint.config.js, from ARCHITECTURE.md's table) really
// refuses an import that breaks the table, in .ts and .astro files alike, and
// lets an allowed one through. Linted as text at paths inside each layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { present } from '../helpers/present.ts';

// The probes are files no project holds, so they are linted untyped: the typed promise rules have their own test.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return present(result, `ESLint's result for ${filePath}`)
    .messages.filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message);
}

describe('the layer rule', () => {
  it('refuses the pipeline importing site glue, and charts importing pages', async () => {
    expect(
      await layerErrors(
        'src/pipeline/probe.ts',
        "import { siteData } from '../lib/site-data.ts';\nexport const a = siteData;\n",
      ),
    ).toEqual(['ARCHITECTURE.md: pipeline may not import lib']);
    expect(
      await layerErrors(
        'src/charts/probe.ts',
        "import { siteData } from '../lib/site-data.ts';\nexport const a = siteData;\n",
      ),
    ).toEqual(['ARCHITECTURE.md: charts may not import lib']);
  });

  it('refuses a browser script importing the Node-only dataset, and the bottom layer importing anything', async () => {
    expect(
      await layerErrors(
        'src/browser/probe.ts',
        "import { siteData } from '../lib/site-data.ts';\nexport const a = siteData;\n",
      ),
    ).toEqual(['ARCHITECTURE.md: browser may not import lib']);
    expect(
      await layerErrors(
        'src/core/probe.ts',
        "import { loadDataset } from '../pipeline/dataset.ts';\nexport const a = loadDataset;\n",
      ),
    ).toEqual(['ARCHITECTURE.md: core may not import pipeline']);
  });

  it('keeps the authoring tools out of the build: no site layer imports src/authoring', async () => {
    expect(
      await layerErrors(
        'src/lib/probe.ts',
        "import { ingestText } from '../authoring/ingest/ingest.ts';\nexport const a = ingestText;\n",
      ),
    ).toEqual(['ARCHITECTURE.md: lib may not import authoring']);
    expect(
      await layerErrors(
        'src/pipeline/probe.ts',
        "import { ingestText } from '../authoring/ingest/ingest.ts';\nexport const a = ingestText;\n",
      ),
    ).toEqual(['ARCHITECTURE.md: pipeline may not import authoring']);
  });

  it('checks .astro files too', async () => {
    const astro =
      "---\nimport { siteData } from '../lib/site-data.ts';\nconst d = siteData();\n---\n<p>{String(d)}</p>\n";
    expect(await layerErrors('src/charts/Probe.astro', astro)).toEqual(['ARCHITECTURE.md: charts may not import lib']);
    expect(await layerErrors('src/components/Probe.astro', astro)).toEqual([]);
  });

  it('lets the imports the table allows through', async () => {
    expect(
      await layerErrors(
        'src/compare/probe.ts',
        "import { urls } from '../core/urls.ts';\nimport { KIND_LABELS } from '../words/labels.ts';\nexport const a = [urls, KIND_LABELS];\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'src/embed/probe.ts',
        "import { renderSvg } from '../charts/render.ts';\nexport const a = renderSvg;\n",
      ),
    ).toEqual([]);
  });
});
