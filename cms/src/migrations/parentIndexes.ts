/** Payload's tables of hasMany text and number values (from the initial migrations), looked up by parent. */
export const parentIndexTables = [
  'law_explainers_texts',
  'law_explainers_numbers',
  '_law_explainers_v_texts',
  '_law_explainers_v_numbers',
  'square_events_texts',
  '_square_events_v_texts',
  'search_synonyms_texts',
] as const
