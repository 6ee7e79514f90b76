/**
 * graphql-codegen for the explorer: the result and variable types of every operation in web/src/**\/*.graphql,
 * checked against the same schema/*.graphql as the server. `graphql-codegen --config web/codegen.ts`
 * (with `--check` in CI, so stale output fails).
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Paths relative to this file, so the config works from the repository root and from web/. */
const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

const config: CodegenConfig = {
  schema: here('../schema/**/*.graphql'),
  documents: here('./src/**/*.graphql'),
  generates: {
    [here('./src/generated/graphql.ts')]: {
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
