import type { APIRoute, GetStaticPaths } from 'astro';
import {
  ALL_FILE,
  COLLECTION_FILES,
  allFileSchema,
  collectionFileSchema,
  jsonSchema,
  jsonText,
} from '../../../lib/open-data/open-data.ts';
import { COLLECTION_INFO } from '../../../lib/open-data/open-data-files.ts';
import { urls } from '../../../lib/site/urls.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/reference.ts';
import { publicUrl } from '../../../lib/site/site.ts';

/** The JSON Schema of each JSON file, generated from the content's zod schemas. */
export const getStaticPaths = (() => [
  ...COLLECTIONS.map((collection) => ({ params: { name: COLLECTION_FILES[collection] }, props: { collection } })),
  { params: { name: ALL_FILE }, props: { collection: undefined } },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName | undefined }, { name: string }> = ({
  params,
  props,
  site,
}) => {
  const { collection } = props;
  const schema = jsonSchema(
    collection ? collectionFileSchema(collection) : allFileSchema(),
    publicUrl(urls.dataSchema(params.name), site),
    collection ? `${COLLECTION_INFO[collection].title} (${urls.dataJson(params.name)})` : 'Toàn bộ dữ liệu mở',
  );
  return new Response(jsonText(schema), { headers: { 'Content-Type': 'application/schema+json' } });
};
