/**
 * Payload's tables of hasMany text and number values (from the initial migrations), looked up by parent.
 * Used by the hand-written `*_parent_indexes` migrations, which `migrate:reset` (regenerating from the
 * schema) would not recreate: keep them. A collection that gains such a field needs a new migration of the same kind.
 */
export const parentIndexTables = [
  'law_explainers_texts',
  'law_explainers_numbers',
  '_law_explainers_v_texts',
  '_law_explainers_v_numbers',
  'square_events_texts',
  '_square_events_v_texts',
  'search_synonyms_texts',
] as const
