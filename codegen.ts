/**
 * graphql-codegen: resolver and schema types generated from schema/*.graphql, never written by hand.
 * `npm run codegen` writes them; `npm test` runs `codegen --check` first, so stale output fails CI.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#ApiContext',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // Resolvers receive repository rows (src/graph/repositories) as parents, not the schema types.
        mappers: {
          Person: '../../graph/repositories/rows.js#EntityRow',
          Organization: '../../graph/repositories/rows.js#EntityRow',
          Country: '../../graph/repositories/rows.js#EntityRow',
          Position: '../../graph/repositories/rows.js#EntityRow',
          Event: '../../graph/repositories/rows.js#EntityRow',
          Agreement: '../../graph/repositories/rows.js#EntityRow',
          Evidence: '../../graph/repositories/rows.js#EvidenceRow',
          Article: '../../graph/repositories/rows.js#ArticleRow',
          Fact: '../../graph/repositories/rows.js#FactRow',
          Tenure: '../../graph/repositories/tenure.js#TenureRow',
          Change: '../../graph/repositories/changes.js#ChangeRow',
          Path: '../../graph/repositories/path.js#PathRow',
          PathHop: '../../graph/repositories/path.js#PathHopRow',
          OverlappingTenures: '../../graph/repositories/data-quality.js#OverlappingTenuresRow',
          PersonInTwoPlaces: '../../graph/repositories/data-quality.js#PersonInTwoPlacesRow',
          EventOutsideAgreementPeriod: '../../graph/repositories/data-quality.js#EventOutsideAgreementPeriodRow',
          EventConnection: '../resolvers/lists.js#CountableConnection',
          AgreementListConnection: '../resolvers/lists.js#CountableConnection',
        },
      },
    },
  },
};

export default config;
