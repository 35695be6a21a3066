// Type stubs for the test-only registry packages that ship none: the
// Frictionless JavaScript library, jsonld.js and citation-js, as far as the
// tests use them.
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}

declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  const jsonld: {
    expand(
      input: unknown,
      options?: { documentLoader?: (url: string) => Promise<RemoteDocument> },
    ): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(input: unknown, options?: { forceType?: string });
    /** CSL-JSON items. */
    data: Record<string, unknown>[];
    format(format: string, options?: { template?: string; lang?: string }): string;
  }
}
