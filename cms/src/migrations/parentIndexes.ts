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

/** The same kind of tables added with the law library (20261201_190000_law_library_parent_indexes). */
export const lawLibraryParentIndexTables = [
  'laws_texts',
  '_laws_v_texts',
  'lectures_numbers',
  '_lectures_v_numbers',
  'consultations_numbers',
  '_consultations_v_numbers',
] as const
