/** Links into the admin from staff components: a collection's list filtered by field values. */

type Filter = string | number | { exists: boolean }

/**
 * `/admin/collections/opinions?where[consultation][equals]=3&where[status][equals]=adopted`: the list shows only
 * the documents matching every filter (the admin reads `where` from the address, as its own filter builder writes it).
 */
export function adminListPath(collection: string, filters: Record<string, Filter> = {}): string {
  const query = Object.entries(filters).map(([field, value]) =>
    typeof value === 'object' ? `where[${field}][exists]=${value.exists}` : `where[${field}][equals]=${encodeURIComponent(String(value))}`,
  )
  return `/admin/collections/${collection}${query.length ? `?${query.join('&')}` : ''}`
}
