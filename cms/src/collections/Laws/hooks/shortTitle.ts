import type { CollectionBeforeValidateHook } from 'payload'
import type { Law } from '@lawpoint/content-types'
import { shortTitleOf } from '../../../lawLibrary/history'

/** 中华人民共和国劳动合同法 → 劳动合同法, when staff leave the short title empty. */
export const fillShortTitle: CollectionBeforeValidateHook<Law> = ({ data, originalDoc }) => {
  if (!data) return data
  const title = data.title ?? originalDoc?.title
  if (!data.shortTitle && !originalDoc?.shortTitle && title) data.shortTitle = shortTitleOf(title)
  return data
}
