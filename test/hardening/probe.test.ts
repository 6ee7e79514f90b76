import { it } from 'vitest';
import { openTestDatabase } from '../helpers/database.js';
import { serve, post } from './helpers.js';
it('probe', async () => {
  const db = openTestDatabase();
  const s = await serve(db, { NODE_ENV: 'development' });
  console.log((await post(s.url, `{ ${'__typename '.repeat(2000)}}`)).text.slice(0, 1500));
  const t = await serve(db, { NODE_ENV: 'development', MAX_DEPTH: '3', MAX_ALIASES: '1', MAX_DIRECTIVES: '1', MAX_TOKENS: '20', MAX_COST: '50' });
  console.log((await post(t.url, `{ node(id: "person:nobody") { ... on Person { accompaniedBy(first: 1) { edges { node { name } } } } } }`)).text.slice(0, 1500));
  await s.close(); await t.close(); await db.close();
});
