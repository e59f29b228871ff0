import type { Option } from '@lawpoint/content-types'

/** Shared option lists become Payload select options with their Chinese labels. */
export const selectOptions = (list: readonly Option[]) => list.map(({ value, label }) => ({ value, label }))
