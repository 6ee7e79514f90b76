/**
 * GraphML export for Gephi and Cytoscape: entities as nodes, facts as directed edges, every property declared as a
 * typed `<key>` (lists joined by " | ", dates as ISO strings). Gephi shows the `label` attribute as the node and
 * edge label; Cytoscape reads every key as a column.
 */
import type { Writable } from 'node:stream';
import type { GraphReader } from './reader.js';
import {
  allEntityProperties,
  allFactProperties,
  type EntityRecord,
  type ExchangeValue,
  entityPropertyType,
  factPropertyType,
  type PropertyType,
  type StatementRecord,
} from './schema.js';
import { writeChunk } from './sink.js';

/** GraphML attribute types (the `attr.type` of a key). */
type GraphmlType = 'boolean' | 'int' | 'long' | 'float' | 'double' | 'string';

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

export const LIST_SEPARATOR = ' | ';

function graphmlType(type: PropertyType): GraphmlType {
  switch (type) {
    case 'integer':
      return 'long';
    case 'float':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'string':
    case 'string[]':
    case 'date':
    case 'datetime':
      return 'string';
  }
}

/** Node keys: `label` (the name, for Gephi), `schema`, then every entity property. */
export const NODE_KEYS: readonly Key[] = [
  { id: 'n_label', name: 'label', type: 'string' },
  { id: 'n_schema', name: 'schema', type: 'string' },
  ...allEntityProperties().map((name): Key => ({ id: `n_${name}`, name, type: graphmlType(entityPropertyType(name)) })),
];

/** Edge keys: `label` and `type` (the fact type), the fact properties, then a summary of the evidence. */
export const EDGE_KEYS: readonly Key[] = [
  { id: 'e_label', name: 'label', type: 'string' },
  { id: 'e_type', name: 'type', type: 'string' },
  ...allFactProperties().map((name): Key => ({ id: `e_${name}`, name, type: graphmlType(factPropertyType(name)) })),
  { id: 'e_evidenceCount', name: 'evidenceCount', type: 'int' },
  { id: 'e_confidence', name: 'confidence', type: 'double' },
  { id: 'e_articles', name: 'articles', type: 'string' },
  { id: 'e_quote', name: 'quote', type: 'string' },
];

/** Characters XML 1.0 cannot hold at all, even escaped. */
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element, dropping characters XML cannot represent. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(INVALID_XML, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Keep line breaks and tabs inside attribute values: a parser would otherwise normalise them to spaces.
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
  );
}

function text(value: ExchangeValue): string {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

function data(key: string, value: ExchangeValue | undefined): string {
  return value === undefined ? '' : `<data key="${key}">${escapeXml(text(value))}</data>`;
}

function nodeXml(record: EntityRecord): string {
  const props = record.properties;
  const fields = [data('n_label', props.name ?? record.id), data('n_schema', record.schema)];
  for (const key of NODE_KEYS.slice(2)) fields.push(data(key.id, props[key.name]));
  return `    <node id="${escapeXml(record.id)}">${fields.join('')}</node>\n`;
}

function edgeXml(record: StatementRecord): string {
  const fields = [data('e_label', record.schema), data('e_type', record.schema)];
  for (const key of EDGE_KEYS.slice(2, -4)) fields.push(data(key.id, record.properties[key.name]));
  const confidences = record.evidence
    .map((ev) => ev.confidence)
    .filter((value): value is number => typeof value === 'number');
  const articles = [
    ...new Set(record.evidence.map((ev) => ev.article).filter((value): value is string => typeof value === 'string')),
  ];
  fields.push(data('e_evidenceCount', record.evidence.length));
  if (confidences.length > 0) fields.push(data('e_confidence', Math.max(...confidences)));
  if (articles.length > 0) fields.push(data('e_articles', articles));
  const quote = record.evidence[0]?.quote;
  if (typeof quote === 'string') fields.push(data('e_quote', quote));
  return `    <edge id="${escapeXml(record.id)}" source="${escapeXml(record.source)}" target="${escapeXml(record.target)}">${fields.join('')}</edge>\n`;
}

function keyXml(key: Key, domain: 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"/>\n`;
}

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
  '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

/**
 * Writes the selection's entities and facts as one directed GraphML graph to `out` (left open). Nodes come first,
 * so every edge refers to a node already declared; a fact is read only when both its ends are selected.
 */
export async function writeGraphml(options: {
  reader: GraphReader;
  out: Writable;
  onRecords?: (count: number) => void;
}): Promise<number> {
  const { reader, out, onRecords } = options;
  await writeChunk(
    out,
    HEADER +
      NODE_KEYS.map((key) => keyXml(key, 'node')).join('') +
      EDGE_KEYS.map((key) => keyXml(key, 'edge')).join('') +
      '  <graph id="officials" edgedefault="directed">\n',
  );
  let records = 0;
  for await (const page of reader.entities()) {
    await writeChunk(out, page.map(nodeXml).join(''));
    records += page.length;
    onRecords?.(page.length);
  }
  for await (const page of reader.statements()) {
    await writeChunk(out, page.map(edgeXml).join(''));
    records += page.length;
    onRecords?.(page.length);
  }
  await writeChunk(out, '  </graph>\n</graphml>\n');
  return records;
}
