import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../lib/content/corpus.ts';
import { relations } from '../../../lib/relations/relations.ts';
import { ALL_FILE, COLLECTION_FILES, jsonText, records } from '../../../lib/open-data/open-data.ts';
import { COLLECTION_INFO, fileMeta, orderedCollections } from '../../../lib/open-data/open-data-files.ts';
import { urls } from '../../../lib/site/urls.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/reference.ts';

/** One JSON file per collection, and one holding them all. */
export const getStaticPaths = (() => [
  ...COLLECTIONS.map((collection) => ({ params: { name: COLLECTION_FILES[collection] }, props: { collection } })),
  { params: { name: ALL_FILE }, props: { collection: undefined } },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName | undefined }, { name: string }> = async ({
  params,
  props,
  site,
}) => {
  const c = await corpus();
  const all = orderedCollections(c, await relations());
  const { collection } = props;
  const meta = fileMeta(c, site, {
    title: collection
      ? `${COLLECTION_INFO[collection].title} — dữ liệu mở`
      : 'Toàn bộ dữ liệu mở của Kế hoạch cải cách hành chính',
    url: urls.dataJson(params.name),
    schema: urls.dataSchema(params.name),
  });
  const body = collection
    ? { meta, items: records(all[collection]) }
    : { meta, ...Object.fromEntries(COLLECTIONS.map((name) => [name, records(all[name])])) };
  return new Response(jsonText(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
